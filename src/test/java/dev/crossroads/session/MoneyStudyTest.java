package dev.crossroads.session;

import dev.crossroads.session.ask.FileAsker;
import dev.crossroads.session.files.Drafts;
import dev.crossroads.session.question.BankCatalogue;
import dev.crossroads.session.question.Catalogue;
import dev.crossroads.session.state.Answer;
import dev.crossroads.session.state.Ids;
import dev.crossroads.session.state.SessionState;
import dev.crossroads.session.step.SessionEnd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.money.MoneyModel;
import dev.crossroads.money.MoneyPlan;
import dev.crossroads.questions.TemplateSources;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Years of study, tuition and stipend are asked only when some option involves study: asked
 * once, with the answer the options suggest as the default.
 */
class MoneyStudyTest {
  private static final Catalogue BANK = new BankCatalogue(TemplateSources.builtInOnly());
  @TempDir Path home;
  private final SavedProfiles saved = new SavedProfiles();
  private final List<String> asked = new ArrayList<>();

  /** Startup, large company or staying, with the money view: three jobs. */
  private static Map<String, Answer> jobsOnly() {
    Map<String, Answer> a = new LinkedHashMap<>();
    a.put("template", Answer.text("startup-vs-bigco"));
    a.put("gut", Answer.items(List.of("startup", "bigco", "stay")));
    a.put("criteria", Answer.items(List.of("growth", "stability")));
    for (String o : List.of("stay", "startup", "bigco")) {
      a.put(Ids.rating(o, "growth"), Answer.text("6"));
      a.put(Ids.rating(o, "stability"), Answer.text("5"));
    }
    a.put("money.view", Answer.text("yes"));
    a.put("save.name", Answer.text("jobs"));
    return a;
  }

  private MoneyPlan run(Map<String, Answer> answers) {
    FileAsker file = new FileAsker(answers, Optional.empty());
    RecordingAsker recording = new RecordingAsker(file);
    Drafts drafts = new Drafts(home.resolve("drafts"));
    Harness h = new Harness(home, "en");
    SessionEnd r = new Session(h.messages(), recording, BANK, new WeightedSumSummary(), saved,
        drafts, drafts.fresh(Harness.TODAY.atStartOfDay()), Harness.TODAY, 80,
        new PrintWriter(new StringWriter())).run(SessionState.start("en"));
    assertThat(r.interrupted()).isFalse();
    assertThat(file.unused()).isEmpty();
    asked.addAll(recording.ids());
    return saved.profiles.get("jobs").money().orElseThrow();
  }

  @Test
  void whenEveryOptionIsAJobStudyIsAskedOnceAndNoYearsOfStudyAreAsked() {
    MoneyPlan plan = run(jobsOnly());

    assertThat(asked).containsOnlyOnce("money.studying");
    assertThat(asked).noneMatch(id -> id.endsWith(".studyYears") || id.endsWith(".tuition")
        || id.endsWith(".stipend"));
    assertThat(asked).contains("money.startup.salary", "money.bigco.salary");
    assertThat(plan.models().values()).extracting(MoneyModel::studyYears).containsOnly(0.0);
  }

  @Test
  void sayingSomeOptionInvolvesStudyAsksEachOptionsYearsOfStudy() {
    Map<String, Answer> a = jobsOnly();
    a.put("money.studying", Answer.text("yes"));
    a.put("money.startup.studyYears", Answer.text("1"));

    MoneyPlan plan = run(a);

    assertThat(asked).contains("money.stay.studyYears", "money.startup.studyYears",
        "money.startup.tuition", "money.bigco.studyYears");
    assertThat(plan.models().get("startup").studyYears()).isEqualTo(1.0);
  }
}
