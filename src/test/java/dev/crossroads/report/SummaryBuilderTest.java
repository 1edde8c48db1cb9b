package dev.crossroads.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crossroads.Messages;
import dev.crossroads.analysis.AnalysisResult;
import dev.crossroads.analysis.AnalysisSettings;
import dev.crossroads.analysis.Analyzer;
import dev.crossroads.decision.Decision;
import dev.crossroads.method.Topsis;
import dev.crossroads.method.WeightedProduct;
import dev.crossroads.method.WeightedSum;
import dev.crossroads.money.MoneyOverlap;
import dev.crossroads.store.Profile;
import dev.crossroads.store.ProfileReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryBuilderTest {
  private static final Analyzer ANALYZER =
      new Analyzer(List.of(new WeightedSum(), new WeightedProduct(), new Topsis()));
  private static final AnalysisSettings SETTINGS = AnalysisSettings.defaults(1).withDraws(2000);
  private static final Messages EN = new Messages(Locale.ENGLISH);
  private static final Messages KO = new Messages(Locale.KOREAN);
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /** docs/examples/grad-school.json, changed by {@code edit}, read back as a profile. */
  private Profile example(String file, Consumer<ObjectNode> edit) throws Exception {
    ObjectNode root = (ObjectNode) JSON.readTree(Path.of("docs/examples", file).toFile());
    edit.accept(root);
    Path copy = dir.resolve("profile-" + System.nanoTime() + ".json");
    Files.writeString(copy, JSON.writeValueAsString(root));
    return new ProfileReader().readProfile(copy);
  }

  /** grad-school.json with one dealbreaker in place of its own. */
  private Profile withGate(String criterion, String side, double limit) throws Exception {
    return example(
        "grad-school.json",
        root ->
            root.set(
                "gates",
                JSON.createArrayNode()
                    .add(JSON.createObjectNode().put("criterion", criterion).put(side, limit))));
  }

  private static Summary summary(Messages m, Decision d, MoneyOverlap money) {
    AnalysisResult result = ANALYZER.analyze(d, SETTINGS);
    return new SummaryBuilder(m).withMoney(money).build(d, result);
  }

  @Test
  void whenEveryOptionFailsTheFootnoteDoesNotClaimTheyAreNeverFirst() throws Exception {
    Profile p = withGate("net-cost", "atMost", -60000000);
    Summary s = summary(EN, p.resolved(), MoneyOverlap.none());

    assertThat(s.verdict().kind()).isEqualTo("none-passes");
    assertThat(s.verdict().leader()).isEmpty();
    assertThat(s.verdict().paragraph())
        .startsWith("No option passes your dealbreakers.")
        .contains("The closest is ML engineer job now", "at most -60,000,000 KRW (now -50,000,000 KRW)");
    assertThat(s.notes())
        .contains("* Fails a dealbreaker (Money spent over the next two years, net of pay at most -60,000,000 KRW).")
        .noneMatch(n -> n.contains("never ranked first"));
    assertThat(s.sensitivityHeader()).startsWith("No option passes your dealbreakers; on score alone,");
  }

  @Test
  void anOptionWhoseRangeCrossesALimitIsListedWithItsUnitsAndItsShareOfFailingDraws() throws Exception {
    Profile p = withGate("salary", "atLeast", 50000000);
    Summary s = summary(EN, p.resolved(), MoneyOverlap.none());

    assertThat(s.dealbreakerRisks()).hasSize(2);
    assertThat(s.dealbreakerRisks().get(0))
        .startsWith("ML engineer job now: Yearly salary in 3 years 46,000,000 to 58,000,000 KRW (likely 52,000,000) against your minimum of 50,000,000 KRW: fails in ")
        .endsWith("% of the plausible versions.");
    assertThat(s.verdict().paragraph()).contains("Careful: ML engineer job now fails one of your dealbreakers in ");
    Summary ko = summary(KO, p.resolved(), MoneyOverlap.none());
    assertThat(ko.dealbreakerRisks().get(0)).contains("4,600만~5,800만 원", "한계 5,000만 원 이상");
  }

  @Test
  void theTakeawaysNeverRepeatTheVerdictsWords() throws Exception {
    Profile p = example("grad-school.json", root -> {});
    Summary s = summary(EN, p.resolved(), MoneyOverlap.none());

    assertThat(s.verdict().paragraph()).startsWith("Clear result. ML engineer job now comes out ahead");
    assertThat(s.takeaways()).containsExactly("Your gut ranking and the model agree: ML engineer job now first.");
  }

  @Test
  void aMoneyViewSaysItCarriesTheMoneyAndWarnsWhenAnotherCriterionCountsItAgain() throws Exception {
    Profile once = example("grad-school-money.json", root -> {});
    assertThat(summary(EN, once.resolved(), MoneyOverlap.of(once.resolved(), once.money(), Set.of())).notes())
        .contains("Money counts once, through 10-year net worth (from your money view).");

    // The same profile with a salary in KRW that also weighs: the money counts twice.
    Profile twice =
        example(
            "grad-school-money.json",
            root -> {
              ((com.fasterxml.jackson.databind.node.ArrayNode) root.get("criteria"))
                  .add(
                      JSON.createObjectNode()
                          .put("id", "salary")
                          .put("label", "Salary")
                          .put("direction", "benefit")
                          .set("scale", JSON.createObjectNode().put("type", "quantity").put("unit", "KRW")));
              ((ObjectNode) root.get("weights").get("points")).put("salary", 10);
              root.get("ratings").fields().forEachRemaining(e -> ((ObjectNode) e.getValue()).put("salary", 50000000));
            });
    MoneyOverlap overlap = MoneyOverlap.of(twice.resolved(), twice.money(), Set.of());
    assertThat(summary(EN, twice.resolved(), overlap).notes())
        .anyMatch(n -> n.startsWith("Money may be counted twice: 10-year net worth (from the money view) and Salary both weigh money."));
    assertThat(summary(KO, twice.resolved(), overlap).notes())
        .anyMatch(n -> n.startsWith("돈이 두 번 반영되고 있을 수 있어요"));
  }
}
