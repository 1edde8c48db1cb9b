package dev.crossroads.session;

import dev.crossroads.session.ask.LineAsker;
import dev.crossroads.session.files.Drafts;
import dev.crossroads.session.question.Blueprint;
import dev.crossroads.session.question.Catalogue;
import dev.crossroads.session.step.SessionEnd;

import static dev.crossroads.session.Harness.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossroads.Problem;
import dev.crossroads.Message;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A draft that cannot be resumed says why and offers to discard it; never a stack trace. */
class UnresumableDraftTest {
  @TempDir Path home;

  /** The test bank without the grad-school template, as after a template was taken out. */
  private static final class Shrunk implements Catalogue {
    private final TestCatalogue bank = new TestCatalogue();

    @Override
    public List<Title> titles(String language) {
      return bank.titles(language).stream().filter(t -> !t.id().equals("grad")).toList();
    }

    @Override
    public Blueprint blueprint(String id, String language) {
      if (id.equals("grad")) {
        throw new Problem(Problem.Kind.USAGE, Message.of("questions.unknownTemplate", id, "blank"));
      }
      return bank.blueprint(id, language);
    }
  }

  /** A draft stopped at the ratings, then resumed on a bank that no longer has its template. */
  private Path draftOfAGoneTemplate(Harness h) {
    h.typed(Script.keysBefore("rating.masters.growth") + Harness.CTRL_C);
    h.with(new Shrunk());
    return h.drafts.list().get(0);
  }

  @Test
  void atATerminalItSaysWhyAndDiscardsTheDraftWhenAskedTo() {
    Harness h = new Harness(home, "en");
    Path draft = draftOfAGoneTemplate(h);

    SessionEnd r = h.resumed(lines("yes"), draft);

    assertThat(r.interrupted()).isFalse();
    assertThat(h.screen).contains("The draft " + Drafts.name(draft)
        + " cannot be resumed: There is no template called grad.", "Discard it? [no] › yes",
        "Discarded the draft").doesNotContain("Exception");
    assertThat(draft).doesNotExist();
  }

  @Test
  void atATerminalEnterKeepsTheDraftAndSaysHowToDiscardItLater() {
    Harness h = new Harness(home, "en");
    Path draft = draftOfAGoneTemplate(h);

    assertThatThrownBy(() -> h.resumed(lines(""), draft))
        .isInstanceOfSatisfying(Problem.class, f -> {
          assertThat(f.kind()).isEqualTo(Problem.Kind.BAD_DATA);
          assertThat(h.messages().get(f.userMessage())).isEqualTo("Kept the draft "
              + Drafts.name(draft) + ". To discard it: crossroads drafts discard "
              + Drafts.name(draft));
        });
    assertThat(draft).exists();
  }

  @Test
  void withoutATerminalTheReasonNamesTheCommandThatDiscardsIt() {
    Harness h = new Harness(home, "ko");
    Path draft = draftOfAGoneTemplate(h);
    Session session = h.session(new LineAsker(new BufferedReader(new StringReader(""))), draft,
        new PrintWriter(new StringWriter()));

    assertThatThrownBy(() -> session.run(h.drafts.load(draft)))
        .isInstanceOfSatisfying(Problem.class, f -> {
          assertThat(f.kind()).isEqualTo(Problem.Kind.BAD_DATA);
          assertThat(h.messages().get(f.userMessage())).contains("이어서 할 수 없어요",
              "crossroads drafts discard " + Drafts.name(draft));
        });
    assertThat(draft).exists();
  }
}
