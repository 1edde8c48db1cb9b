package dev.crossroads.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.crossroads.Problem;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateBankTest {
  private static final List<String> BUILT_IN =
      List.of(
          "grad-school",
          "research-vs-engineering",
          "startup-vs-bigco",
          "abroad-vs-home",
          "academia-vs-industry",
          "specialist-vs-manager",
          "blank");

  private static TemplateBank bank(Path config, Path questions) {
    return new TemplateBank(
        new TemplateSources(Optional.ofNullable(config), Optional.ofNullable(questions)));
  }

  @Test
  void listsTheBuiltInTemplatesInIndexOrderWithTitlesAndCounts() {
    List<TemplateSummary> list = new TemplateBank(TemplateSources.builtInOnly()).list();

    assertThat(list).extracting(TemplateSummary::id).containsExactlyElementsOf(BUILT_IN);
    assertThat(list).allSatisfy(s -> assertThat(s.source()).isEqualTo(TemplateSource.BUILT_IN));
    TemplateSummary grad = list.get(0);
    assertThat(grad.title().en()).isEqualTo("Grad school or a job now?");
    assertThat(grad.title().in("ko")).isEqualTo("대학원에 갈까, 바로 취업할까?");
    assertThat(grad.preselectedCount()).isEqualTo(6);
    assertThat(grad.catalogueCount()).isGreaterThan(grad.preselectedCount());
  }

  @Test
  void aTemplateInTheQuestionsDirectoryOverridesTheBuiltInOneWithTheSameId(@TempDir Path dir) {
    TestTemplates.write(dir, "startup-vs-bigco", "My own startup question");

    TemplateBank bank = bank(null, dir);

    assertThat(bank.load("startup-vs-bigco").title().en()).isEqualTo("My own startup question");
    List<TemplateSummary> list = bank.list();
    assertThat(list).extracting(TemplateSummary::id).containsExactlyElementsOf(BUILT_IN);
    assertThat(list.get(2).source()).isEqualTo(TemplateSource.QUESTIONS_DIR);
    assertThat(list.get(2).location()).isEqualTo(dir.resolve("startup-vs-bigco.yaml").toString());
    assertThat(list.get(1).source()).isEqualTo(TemplateSource.BUILT_IN);
  }

  @Test
  void theQuestionsDirectoryOverridesTheConfigDirectoryWhichOverridesTheBuiltIns(
      @TempDir Path root) {
    Path config = root.resolve("config");
    Path questions = root.resolve("questions");
    TestTemplates.write(config, "blank", "Blank from config");
    TestTemplates.write(config, "grad-school", "Grad from config");
    TestTemplates.write(questions, "grad-school", "Grad from questions");

    TemplateBank bank = bank(config, questions);

    assertThat(bank.load("blank").title().en()).isEqualTo("Blank from config");
    assertThat(bank.load("grad-school").title().en()).isEqualTo("Grad from questions");
    assertThat(bank.entries())
        .filteredOn(e -> e.id().equals("blank"))
        .extracting(TemplateEntry::source)
        .containsExactly(TemplateSource.CONFIG);
  }

  @Test
  void aNewTemplateFromADirectoryIsListedAfterTheBuiltIns(@TempDir Path dir) {
    TestTemplates.write(dir, "phd-offer", "Which PhD offer?");

    List<TemplateSummary> list = bank(null, dir).list();

    assertThat(list).hasSize(BUILT_IN.size() + 1);
    assertThat(list.get(list.size() - 1).id()).isEqualTo("phd-offer");
    assertThat(list.get(list.size() - 1).source()).isEqualTo(TemplateSource.QUESTIONS_DIR);
  }

  @Test
  void findingTemplateIdsReadsNoTemplateFile(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("broken.yaml"), "format: [");

    TemplateBank bank = bank(null, dir);

    assertThat(bank.entries()).extracting(TemplateEntry::id).contains("broken", "grad-school");
    assertThat(bank.load("grad-school").id()).isEqualTo("grad-school");
    assertThat(catchThrowableOfType(Problem.class, bank::list).kind())
        .isEqualTo(Problem.Kind.BAD_DATA);
  }

  @Test
  void filesThatAreNotYamlTemplatesAreIgnored(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "not a template");
    Files.writeString(dir.resolve("index.properties"), "templates=grad-school");
    Files.createDirectories(dir.resolve("facts.yaml"));

    assertThat(bank(null, dir).entries()).extracting(TemplateEntry::id).containsExactlyElementsOf(BUILT_IN);
  }

  @Test
  void listingTheBuiltInTemplatesReadsOnlyTheIndex(@TempDir Path root) throws IOException {
    Path bank = root.resolve("questions");
    Files.createDirectories(bank);
    Files.writeString(
        bank.resolve("index.properties"),
        "templates=half\nhalf.title.en=Half\nhalf.title.ko=절반\nhalf.preselected=1\nhalf.criteria=2\n",
        StandardCharsets.UTF_8);
    Files.writeString(bank.resolve("half.yaml"), "format: 1\nid: half\n");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
      TemplateBank templates = new TemplateBank(TemplateSources.builtInOnly(), loader);

      assertThat(templates.list()).singleElement().satisfies(s -> {
        assertThat(s.title().in("ko")).isEqualTo("절반");
        assertThat(s.catalogueCount()).isEqualTo(2);
      });
      Problem failure = catchThrowableOfType(Problem.class, () -> templates.load("half"));
      assertThat(failure.kind()).isEqualTo(Problem.Kind.BAD_DATA);
      assertThat(failure.userMessage().args()).contains("questions/half.yaml");
    }
  }

  @Test
  void aMissingConfigDirectoryIsSkipped(@TempDir Path dir) {
    assertThat(bank(dir.resolve("absent"), null).list()).hasSize(BUILT_IN.size());
  }

  @Test
  void aMissingQuestionsDirectoryIsAnError(@TempDir Path dir) {
    Problem failure =
        catchThrowableOfType(Problem.class, () -> bank(null, dir.resolve("absent")).entries());

    assertThat(failure.kind()).isEqualTo(Problem.Kind.MISSING);
    assertThat(failure.userMessage().key()).isEqualTo("questions.noDirectory");
  }

  @Test
  void anUnknownTemplateIdIsAUsageErrorThatListsTheKnownOnes() {
    Problem failure =
        catchThrowableOfType(
            Problem.class, () -> new TemplateBank(TemplateSources.builtInOnly()).load("nope"));

    assertThat(failure.kind()).isEqualTo(Problem.Kind.USAGE);
    assertThat(failure.userMessage().args()).contains("nope");
    assertThat(failure.userMessage().args().get(1).toString()).contains("grad-school", "blank");
  }

  @Test
  void eachTemplateIsReadOnceAndTheSameRecordIsReturned() {
    TemplateBank bank = new TemplateBank(TemplateSources.builtInOnly());

    assertThat(bank.load("blank")).isSameAs(bank.load("blank"));
  }

  @Test
  void aClassPathWithoutTheBankStillListsTemplatesFromDirectories(@TempDir Path dir) {
    TestTemplates.write(dir, "only-one", "Only one");
    ClassLoader empty = new ClassLoader(null) {};

    TemplateBank bank =
        new TemplateBank(new TemplateSources(Optional.empty(), Optional.of(dir)), empty);

    assertThat(bank.list()).extracting(TemplateSummary::id).containsExactly("only-one");
  }
}
