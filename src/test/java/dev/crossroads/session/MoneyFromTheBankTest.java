package dev.crossroads.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.Problem;
import dev.crossroads.Messages;
import dev.crossroads.questions.TemplateSources;
import dev.crossroads.session.ask.Prompt;
import dev.crossroads.session.ask.Reply;
import dev.crossroads.session.question.BankCatalogue;
import dev.crossroads.session.question.Flow;
import dev.crossroads.session.state.Answer;
import dev.crossroads.session.state.Ids;
import dev.crossroads.session.state.SessionState;
import dev.crossroads.session.step.Contexts;
import dev.crossroads.session.step.Next;
import dev.crossroads.session.step.Step;
import dev.crossroads.session.step.Transition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the money view asks comes from the question bank's moneyView block, not from code: a
 * template of one's own that asks for living costs gets them asked, with its own examples.
 */
class MoneyFromTheBankTest {
  @TempDir Path dir;

  /** The minimal template with a money view on by default that asks living costs. */
  private BankCatalogue bankWith(String moneyView) throws IOException {
    String minimal;
    try (InputStream in = Files.newInputStream(Path.of("src/test/resources/questions/minimal.yaml"))) {
      minimal = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Files.writeString(dir.resolve("minimal.yaml"), minimal + moneyView, StandardCharsets.UTF_8);
    return new BankCatalogue(new TemplateSources(Optional.empty(), Optional.of(dir)));
  }

  private static List<Prompt> walk(BankCatalogue bank) {
    Step step = new Step(new Flow(bank.titles("en")), new Contexts(new Messages(Locale.ENGLISH),
        bank, Harness.TODAY, Optional.empty()), false, Path.of("d.json"));
    Transition t = step.start(SessionState.start("en").with(Ids.TEMPLATE, Answer.text("minimal")));
    List<Prompt> asked = new ArrayList<>();
    while (t.next() instanceof Next.Ask ask && !ask.prompt().id().equals(Ids.REVIEW)) {
      asked.add(ask.prompt());
      String id = ask.prompt().id();
      t = step.reply(t.walk(), new Reply.Typed(id.startsWith(Ids.RATING) ? "5"
          : id.equals(Ids.GUT) ? "1 2" : ""));
    }
    return asked;
  }

  @Test
  void aTemplatesOwnMoneyViewAsksItsFiguresWithItsExamples() throws IOException {
    BankCatalogue bank = bankWith("""
        moneyView:
          onByDefault: true
          asks: [livingCost]
          otherOption: {salary: 31-37, raise: 2, living: 9}
        """);

    List<Prompt> asked = walk(bank);
    List<String> ids = asked.stream().map(Prompt::id).toList();
    assertThat(ids).contains(Ids.MONEY + "view").anyMatch(id -> id.endsWith(".living"));
    Prompt salary = asked.stream().filter(p -> p.id().endsWith(".salary")).findFirst()
        .orElseThrow();
    assertThat(salary.defaultText()).contains("31-37");
  }

  @Test
  void aTemplateWithoutAMoneyViewNeverAsksAboutMoney() throws IOException {
    assertThat(walk(bankWith("")).stream().map(Prompt::id))
        .noneMatch(id -> id.startsWith(Ids.MONEY));
  }

  @Test
  void anUnknownFigureIsRefusedNamingTheFileAndTheField() throws IOException {
    BankCatalogue bank = bankWith("""
        moneyView:
          asks: [bonus]
        """);
    Problem f = org.assertj.core.api.Assertions.catchThrowableOfType(Problem.class,
        () -> bank.blueprint("minimal", "en"));
    assertThat(new Messages(Locale.ENGLISH).get(f.userMessage())).contains("minimal.yaml")
        .contains("moneyView.asks[0]").contains("livingCost");
  }

  @Test
  void theShippedTemplatesSayWhatTheyAsk() {
    BankCatalogue bank = new BankCatalogue(TemplateSources.builtInOnly());
    assertThat(bank.blueprint("grad-school", "en").money().onByDefault()).isTrue();
    assertThat(bank.blueprint("abroad-vs-home", "en").money().livingCost()).isTrue();
    assertThat(bank.blueprint("startup-vs-bigco", "en").money().equity()).isTrue();
    assertThat(bank.blueprint("research-vs-engineering", "en").money().offered()).isFalse();
  }
}
