package dev.crossroads.session;

import dev.crossroads.session.ask.FileAsker;
import dev.crossroads.session.files.AnswersFile;
import dev.crossroads.session.question.BankCatalogue;
import dev.crossroads.session.state.SessionState;
import dev.crossroads.session.step.SessionEnd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Gate;
import dev.crossroads.decision.Rating;
import dev.crossroads.questions.TemplateSources;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example in docs/answers-file.md runs, without a terminal, on the shipped template. */
class AnswersFileExampleTest {
  @TempDir Path home;

  @Test
  void theDocumentedGradSchoolExampleGivesACompleteDecision() throws Exception {
    String doc = Files.readString(Path.of("docs/answers-file.md"));
    int start = doc.indexOf("```yaml\n") + 8;
    Path file = home.resolve("grad.yaml");
    Files.writeString(file, doc.substring(start, doc.indexOf("```", start)));
    FileAsker asker = new FileAsker(AnswersFile.read(file), Optional.empty());
    SavedProfiles saved = new SavedProfiles();
    Harness h = new Harness(home, "en");
    Session session = new Session(h.messages(), asker,
        new BankCatalogue(TemplateSources.builtInOnly()), new WeightedSumSummary(), saved,
        h.drafts, h.drafts.fresh(Harness.TODAY.atStartOfDay()), Harness.TODAY, 80,
        new PrintWriter(new StringWriter()));

    SessionEnd r = session.run(SessionState.start("en"));

    assertThat(r.interrupted()).isFalse();
    assertThat(asker.unused()).isEmpty();
    Decision d = saved.saved.get("grad-school-2027");
    assertThat(d.rating("masters", "interest")).isEqualTo(Rating.range(1, 10));
    assertThat(d.rating("phd", "money")).isEqualTo(Rating.range(30, 50));
    assertThat(d.gates()).containsExactly(Gate.atLeast("money", 30));
    assertThat(d.meta().gutRanking()).containsExactly("masters", "job", "keep-open", "phd");
    assertThat(d.reflections()).hasSize(6);
    assertThat(saved.profiles.get("grad-school-2027").money().orElseThrow().models().get("phd")
        .salary()).isEqualTo(new dev.crossroads.money.Band(60, 75));
    assertThat(d.rating("job", "networth")).isInstanceOf(Rating.Range.class);
    // money.overlap: view weighs money once, through net worth; the dealbreaker stays.
    assertThat(dev.crossroads.weighting.Weighting.compute(d.criteria(), d.weights()).byCriterion()
        .get("money")).isZero();
  }
}
