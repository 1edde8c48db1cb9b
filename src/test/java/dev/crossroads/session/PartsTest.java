package dev.crossroads.session;

import dev.crossroads.session.files.DraftCodec;
import dev.crossroads.session.question.BankCatalogue;
import dev.crossroads.session.question.Catalogue;
import dev.crossroads.session.question.Choices;
import dev.crossroads.session.question.EditCommand;
import dev.crossroads.session.question.Ratio;
import dev.crossroads.session.state.Answer;
import dev.crossroads.session.state.SessionState;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossroads.Problem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PartsTest {
  @Test
  void pairwiseJudgementsAreReadInEveryWrittenFormAndKeptOnSaatysScale() {
    assertThat(Ratio.parse("3")).hasValue(3);
    assertThat(Ratio.parse("1/3").getAsDouble()).isEqualTo(1 / 3.0);
    assertThat(Ratio.parse("-5").getAsDouble()).isEqualTo(1 / 5.0);
    assertThat(Ratio.parse("10")).isEmpty();
    assertThat(Ratio.parse("1/0.5")).isEmpty();
    assertThat(Ratio.format(1 / 3.0)).isEqualTo("1/3");
    assertThat(Ratio.format(2.5)).isEqualTo("2.5");
  }

  @Test
  void idsAreMadeFromWordsInAnyScript() {
    assertThat(Choices.slug("Job at a startup!", "x")).isEqualTo("job-at-a-startup");
    assertThat(Choices.slug("해외 취업", "x")).isEqualTo("해외-취업");
    assertThat(Choices.slug("  ...  ", "option")).isEqualTo("option");
  }

  @Test
  void listEditorLinesAreReadAsCommandsInEnglishOrKorean() {
    assertThat(EditCommand.parse("remove 2")).isEqualTo(
        new EditCommand(EditCommand.Kind.REMOVE, 2, ""));
    assertThat(EditCommand.parse("수정 1 해외 취업")).isEqualTo(
        new EditCommand(EditCommand.Kind.EDIT, 1, "해외 취업"));
    assertThat(EditCommand.parse("Work abroad")).isEqualTo(
        new EditCommand(EditCommand.Kind.ADD, 0, "Work abroad"));
    assertThat(EditCommand.parse("3").kind()).isEqualTo(EditCommand.Kind.BAD);
    assertThat(EditCommand.parse("").kind()).isEqualTo(EditCommand.Kind.DONE);
  }

  @Test
  void theLanguageComesFromTheFlagThenTheLocaleThenEnglish() {
    assertThat(Language.pick(Optional.of("en"), Map.of("LANG", "ko_KR.UTF-8"))).isEqualTo("en");
    assertThat(Language.pick(Optional.empty(), Map.of("LANG", "ko_KR.UTF-8"))).isEqualTo("ko");
    assertThat(Language.pick(Optional.empty(), Map.of("LC_ALL", "C.UTF-8", "LANG", "ko_KR")))
        .isEqualTo("en");
    assertThat(Language.pick(Optional.empty(), Map.of())).isEqualTo("en");
  }

  @Test
  void theSessionsOwnArgumentsAreReadByHandAndOthersLeftToTheCommandLine() {
    SessionArgs a = SessionArgs.parse(new String[] {"new", "--template=grad-school", "--lang",
        "ko", "--no-input", "--answers", "a.yaml"});
    assertThat(a.template()).contains("grad-school");
    assertThat(a.language()).contains("ko");
    assertThat(a.noInput()).isTrue();
    assertThat(a.answers()).contains(Path.of("a.yaml"));
    assertThat(SessionArgs.parse(new String[] {"resume", "20261125-101010"}).draft())
        .contains("20261125-101010");
    assertThat(SessionArgs.handles(new String[0])).isTrue();
    assertThat(SessionArgs.handles(new String[] {"--lang", "ko"})).isTrue();
    assertThat(SessionArgs.handles(new String[] {"analyze", "x.json"})).isFalse();
    assertThat(SessionArgs.handles(new String[] {"--help"})).isFalse();
    assertThatThrownBy(() -> SessionArgs.parse(new String[] {"--lang", "fr"}))
        .isInstanceOf(Problem.class);
  }

  @Test
  void tmuxAndXtermLikeTerminalsAreGivenATypeJLineKnows() {
    assertThat(SessionTerminal.knownType("tmux-256color")).contains("screen-256color");
    assertThat(SessionTerminal.knownType("xterm-kitty")).contains("xterm-256color");
    assertThat(SessionTerminal.knownType("xterm-256color")).isEmpty();
    assertThat(SessionTerminal.knownType("linux")).isEmpty();
  }

  @Test
  void theShippedBankOffersItsTemplatesByTitle() {
    List<Catalogue.Title> titles =
        new BankCatalogue(dev.crossroads.questions.TemplateSources.builtInOnly()).titles("ko");
    assertThat(titles).isNotEmpty();
    assertThat(titles.get(0)).isEqualTo(new Catalogue.Title("grad-school", "대학원에 갈까, 바로 취업할까?"));
  }

  @Test
  void aDraftReadsBackAsTheStateItWasWrittenFrom() throws Exception {
    SessionState s = SessionState.start("ko").with("options", Answer.items(List.of("석사", "취업")))
        .with("decision.title", Answer.text("대학원 \"진학\"?")).at("gut").typing("2 1");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DraftCodec.write(s, out);
    assertThat(DraftCodec.read(out.toByteArray(), "x")).isEqualTo(s);
  }

  private static ByteArrayInputStream in(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }
}
