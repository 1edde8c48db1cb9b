package dev.crossroads.report;

import dev.crossroads.DisplayWidth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.Messages;
import dev.crossroads.analysis.AnalysisSettings;
import dev.crossroads.analysis.Analyzer;
import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Direction;
import dev.crossroads.decision.Gate;
import dev.crossroads.decision.Meta;
import dev.crossroads.decision.Option;
import dev.crossroads.decision.Rating;
import dev.crossroads.decision.Scenario;
import dev.crossroads.decision.WeightInput;
import dev.crossroads.method.Topsis;
import dev.crossroads.method.WeightedProduct;
import dev.crossroads.method.WeightedSum;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Two options that mirror each other (8/4 against 4/8 on two 1..10 criteria): the weights alone
 * decide between them, so a scenario can make either win or tie them.
 */
class ComparisonBuilderTest {
  private static final Messages EN = new Messages(Locale.ENGLISH);
  private static final Analyzer ANALYZER =
      new Analyzer(List.of(new WeightedSum(), new WeightedProduct(), new Topsis()));
  private static final AnalysisSettings SETTINGS = AnalysisSettings.defaults(1).withDraws(50);

  private static Decision decision(double growth, double pay, List<Gate> gates) {
    return new Decision(
        "Grad or job",
        "en",
        List.of(new Option("grad", "Grad school"), new Option("job", "Job")),
        List.of(
            Criterion.rating("growth", "Growth", Direction.BENEFIT),
            Criterion.rating("pay", "Pay", Direction.BENEFIT)),
        gates,
        new WeightInput.Points(Map.of("growth", growth, "pay", pay)),
        Map.of(
            "grad", Map.of("growth", Rating.of(8), "pay", Rating.of(4)),
            "job", Map.of("growth", Rating.of(4), "pay", Rating.of(8))),
        Map.of(),
        List.of(),
        Meta.NONE);
  }

  private static Scenario weights(String name, double growth, double pay) {
    return new Scenario(
        name, "", Optional.of(new WeightInput.Points(Map.of("growth", growth, "pay", pay))), Map.of());
  }

  private static Comparison compare(Decision base, Scenario... scenarios) {
    List<ComparisonBuilder.Variant> variants = new ArrayList<>();
    for (Scenario s : scenarios) {
      Decision d = base.under(s);
      variants.add(new ComparisonBuilder.Variant(s, d, ANALYZER.analyze(d, SETTINGS)));
    }
    return new ComparisonBuilder(EN).build(base, ANALYZER.analyze(base, SETTINGS), variants);
  }

  @Test
  void aScenarioThatMovesTheWeightsPastTheMiddleChangesTheWinner() {
    Comparison c = compare(decision(70, 30, List.of()), weights("pay-first", 30, 70));

    assertThat(c.columns().get(0).winnerId()).isEqualTo("grad");
    assertThat(c.columns().get(1).winnerId()).isEqualTo("job");
    assertThat(c.changes().get(0).outcome()).isEqualTo(Comparison.Outcome.NEW_WINNER);
    assertThat(c.changes().get(0).weights()).extracting(Comparison.WeightChange::criterionId)
        .containsExactly("growth", "pay");
    assertThat(c.takeaways())
        .contains("The winner stays Grad school in 0 of 1 scenarios.", "If \"pay-first\": Job takes over.");
  }

  @Test
  void equalScoresAreATieNotANewWinner() {
    // At 50/50 both options score exactly 60: the verdict is a tie, kept by option order.
    Comparison c = compare(decision(70, 30, List.of()), weights("even", 50, 50));

    Comparison.Column even = c.columns().get(1);
    assertThat(even.verdict().kind()).isEqualTo("tie");
    assertThat(even.winnerId()).isEqualTo("grad");
    assertThat(even.tiedIds()).containsExactly("job");
    assertThat(c.rows()).filteredOn(r -> r.optionId().equals("job"))
        .singleElement()
        .satisfies(r -> assertThat(r.cells().get(1).mark()).isEqualTo(Comparison.Mark.TIED));
    assertThat(TextComparison.legend(EN, c)).contains("= marks an option tied with the winner");
  }

  @Test
  void aLeadOfAFifthOfAPointIsALeadNotATie() {
    // 49.9/50.1 puts the job ahead by a fifth of a point: small, but not a tie.
    Comparison c = compare(decision(70, 30, List.of()), weights("nearly-even", 49.9, 50.1));

    Comparison.Column column = c.columns().get(1);
    assertThat(column.verdict().kind()).isNotEqualTo("tie");
    assertThat(column.winnerId()).isEqualTo("job");
    assertThat(column.tiedIds()).isEmpty();
    assertThat(c.changes().get(0).outcome()).isEqualTo(Comparison.Outcome.NEW_WINNER);
  }

  @Test
  void aTieInTheBaseIsSaidPlainly() {
    Comparison c = compare(decision(50, 50, List.of()));

    assertThat(c.columns().get(0).tie()).isTrue();
    assertThat(c.takeaways().get(0)).startsWith("In the base: A tie.").contains("are tied");
    assertThat(c.takeaways()).anyMatch(t -> t.contains("no scenarios yet"));
  }

  @Test
  void aScenarioThatRepeatsTheBaseChangesNothing() {
    Scenario same =
        new Scenario(
            "same",
            "",
            Optional.of(new WeightInput.Points(Map.of("growth", 70.0, "pay", 30.0))),
            Map.of("grad", Map.of("growth", Rating.of(8))));

    Comparison c = compare(decision(70, 30, List.of()), same);

    Comparison.Change change = c.changes().get(0);
    assertThat(change.weights()).isEmpty();
    assertThat(change.ratings()).isEmpty();
    assertThat(change.lines()).hasSize(3);
    assertThat(change.lines().get(0)).isEqualTo("Nothing differs from the base.");
    assertThat(change.lines().get(1)).startsWith("Verdict: ").contains("Grad school");
    assertThat(change.lines().get(2)).isEqualTo("The winner stays Grad school.");
    assertThat(c.takeaways().get(1)).contains("Grad school stays first in the base and in the one scenario");
  }

  @Test
  void aRatingChangeIsPhrasedWithBothValues() {
    Scenario lower =
        new Scenario("lower", "", Optional.empty(), Map.of("grad", Map.of("growth", Rating.range(5, 6, 8))));

    Comparison c = compare(decision(70, 30, List.of()), lower);

    assertThat(c.changes().get(0).lines())
        .contains("Grad school on Growth: 5 to 8 of 10 (likely 6) instead of 8 of 10.");
  }

  @Test
  void anOptionFailingADealbreakerIsMarked() {
    Scenario poor =
        new Scenario("poor", "", Optional.empty(), Map.of("job", Map.of("pay", Rating.of(2))));
    Comparison c = compare(decision(30, 70, List.of(Gate.atLeast("pay", 3))), poor);

    Comparison.Row job =
        c.rows().stream().filter(r -> r.optionId().equals("job")).findFirst().orElseThrow();
    assertThat(job.cells().get(0).passesGates()).isTrue();
    assertThat(job.cells().get(1).passesGates()).isFalse();
    assertThat(TextComparison.cell(job.cells().get(1))).startsWith("!");
    assertThat(TextComparison.legend(EN, c)).contains("! marks an option that fails a dealbreaker");
  }

  @Test
  void theTextLayoutKeepsEveryLineWithinTheWidthAndTheScoresRightAligned() {
    Scenario[] many = new Scenario[6];
    for (int i = 0; i < many.length; i++) {
      many[i] = weights("what-if-number-" + i, 30 + 8 * i, 70 - 8 * i);
    }
    Comparison c = compare(decision(70, 30, List.of()), many);
    for (int width : new int[] {40, 60, 80, 120}) {
      List<String> lines = new TextComparison(EN, TextStyle.plain(width)).lines(c);
      assertThat(lines).allSatisfy(l -> assertThat(DisplayWidth.of(l)).as(l).isLessThanOrEqualTo(width));
      // Every table group repeats the base beside its scenarios.
      long groups = lines.stream().filter(l -> l.startsWith("  Option")).count();
      assertThat(lines.stream().filter(l -> l.startsWith("  Option") && l.contains("Base")).count())
          .isEqualTo(groups);
    }
  }

  @Test
  void colourOnlyWhenTheStyleAllowsItAndAsciiAvoidsBoxDrawing() {
    Comparison c = compare(decision(70, 30, List.of()), weights("pay-first", 30, 70));

    String plain = new TextComparison(EN, TextStyle.plain(80)).render(c);
    String coloured = new TextComparison(EN, new TextStyle(80, true, false)).render(c);
    String ascii = new TextComparison(EN, new TextStyle(80, false, true)).render(c);

    assertThat(plain).doesNotContain("\u001b[").contains("─");
    assertThat(coloured).contains("\u001b[");
    assertThat(TextStyle.unstyled(coloured)).isEqualTo(plain);
    assertThat(ascii).doesNotContain("─").contains("====");
  }
}
