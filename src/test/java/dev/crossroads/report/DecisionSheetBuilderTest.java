package dev.crossroads.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.Messages;
import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Gate;
import dev.crossroads.decision.Option;
import dev.crossroads.decision.Rating;
import dev.crossroads.decision.WeightInput;
import dev.crossroads.questions.ReflectionPrompt;
import dev.crossroads.questions.Template;
import dev.crossroads.questions.TemplateBank;
import dev.crossroads.questions.TemplateSources;
import dev.crossroads.store.ProfileReader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DecisionSheetBuilderTest {
  private static final Messages EN = new Messages(Locale.ENGLISH);
  private static final Messages KO = new Messages(Locale.KOREAN);

  private static Decision example(String name) {
    return new ProfileReader().read(Path.of("docs/examples", name));
  }

  /** The prompts of the built-in blank template, which every template's reflections share. */
  private static Map<String, String> prompts(String language) {
    Template blank = new TemplateBank(TemplateSources.builtInOnly()).load("blank");
    Map<String, String> prompts = new LinkedHashMap<>();
    for (ReflectionPrompt p : blank.reflection()) {
      prompts.put(p.id(), p.text().in(language));
    }
    return prompts;
  }

  private static DecisionSheet english() {
    return new DecisionSheetBuilder(EN).build(example("grad-school.json"), prompts("en"));
  }

  private static DecisionSheet korean() {
    return new DecisionSheetBuilder(KO).build(example("grad-school-ko.json"), prompts("ko"));
  }

  private static String cell(DecisionSheet sheet, int criterion, int option) {
    return sheet.grid().rows().get(criterion).cells().get(option);
  }

  @Test
  void theGridHasARowPerCriterionAndACellPerOptionWithUnitsAndScales() {
    DecisionSheet sheet = english();

    assertThat(sheet.grid().options())
        .containsExactly(
            "Master's in Korea (AI lab)",
            "ML engineer job now",
            "One more semester, keeping both doors open");
    assertThat(sheet.grid().rows())
        .extracting(DecisionSheet.GridRow::criterion)
        .containsExactly(
            "Growth and learning speed",
            "Fit with what AI job postings ask for",
            "Enjoying the day-to-day work",
            "Yearly salary in 3 years",
            "Years until full-time work",
            "Money spent over the next two years, net of pay");
    assertThat(sheet.grid().rows().get(0).cells())
        .containsExactly("8 of 10", "6 to 9 of 10 (likely 7)", "5 of 10");
    assertThat(sheet.grid().rows().get(3).cells())
        .containsExactly(
            "60,000,000 KRW",
            "46,000,000 to 58,000,000 KRW (likely 52,000,000)",
            "38,000,000 to 60,000,000 KRW (likely 50,000,000)");
    assertThat(sheet.grid().rows().get(4).cells()).containsExactly("2 years", "0 years", "0.5 years");
    assertThat(cell(sheet, 5, 1)).isEqualTo("-50,000,000 KRW");
    assertThat(cell(sheet, 5, 2)).isEqualTo("-30,000,000 to 5,000,000 KRW (likely -20,000,000)");
  }

  @Test
  void inKoreanWonReadInManAndEokAndRatingsOutOfTen() {
    DecisionSheet sheet = korean();

    assertThat(sheet.heading()).isEqualTo("내가 한 답");
    assertThat(sheet.grid().rows().get(0).cells())
        .containsExactly("10점 중 8점", "10점 중 6~9점 (가장 그럴듯한 값 7)", "10점 중 5점");
    assertThat(sheet.grid().rows().get(3).cells())
        .containsExactly(
            "6,000만 원",
            "4,600만~5,800만 원 (가장 그럴듯한 값 5,200만)",
            "3,800만~6,000만 원 (가장 그럴듯한 값 5,000만)");
    assertThat(sheet.grid().rows().get(4).cells()).containsExactly("2년", "0년", "0.5년");
    assertThat(cell(sheet, 5, 0)).isEqualTo("3,200만 원");
    assertThat(cell(sheet, 5, 1)).isEqualTo("-5,000만 원");
  }

  @Test
  void theWeightsAreNormalisedWithTheirScaleDirectionAndMethod() {
    DecisionSheet.WeightTable weights = english().weights();

    assertThat(weights.method()).isEqualTo("You split 100 points between the criteria.");
    assertThat(weights.rows())
        .extracting(DecisionSheet.WeightRow::weight)
        .containsExactly("25%", "20%", "15%", "15%", "10%", "15%");
    assertThat(weights.rows().get(3))
        .isEqualTo(new DecisionSheet.WeightRow("Yearly salary in 3 years", "15%", "KRW", "higher"));
    assertThat(weights.rows().get(4).scale()).isEqualTo("years");
    assertThat(weights.rows().get(4).better()).isEqualTo("lower");
    assertThat(korean().weights().rows().get(0))
        .isEqualTo(new DecisionSheet.WeightRow("성장과 배우는 속도", "25%", "1~10점", "높을수록"));
  }

  @Test
  void aFixedShareIsSaidAfterTheMethodAndCriteriaWithoutWeightAreNotCalledTheOthers() {
    dev.crossroads.decision.Decision d = example("grad-school.json");
    List<String> ids = d.criteria().stream().map(dev.crossroads.decision.Criterion::id).toList();
    dev.crossroads.decision.WeightInput rank =
        new dev.crossroads.decision.WeightInput.RankOrder(ids.subList(1, ids.size()));

    String plain = new DecisionSheetBuilder(EN).build(d.withWeights(
        new dev.crossroads.decision.WeightInput.Shared(rank, ids.get(0), 30, List.of())),
        Map.of()).weights().method();
    String without = new DecisionSheetBuilder(EN).build(d.withWeights(
        new dev.crossroads.decision.WeightInput.Shared(rank, ids.get(0), 30,
            List.of(ids.get(1)))), Map.of()).weights().method();

    String label = d.criteria().get(0).label();
    assertThat(plain).startsWith("You ranked the criteria")
        .contains(label + " takes a fixed 30% of the weight").doesNotContain("count money twice");
    assertThat(without).contains(label + " takes a fixed 30% of the weight")
        .contains("the criteria that would count money twice get none");
  }

  @Test
  void theDealbreakerReadsInWordsWithItsUnit() {
    assertThat(english().gates().items())
        .containsExactly(
            "Money spent over the next two years, net of pay: at most 40,000,000 KRW"
                + " (every option meets it)");
    assertThat(korean().gates().items())
        .containsExactly("앞으로 2년간 드는 돈 (번 돈 제외): 4,000만 원 이하 (모든 선택지가 통과)");
  }

  @Test
  void theGutRankingAndTheDatesAreThere() {
    DecisionSheet sheet = english();

    assertThat(sheet.gutRanking().items())
        .containsExactly(
            "ML engineer job now",
            "Master's in Korea (AI lab)",
            "One more semester, keeping both doors open");
    assertThat(sheet.dates().items())
        .containsExactly(
            new DecisionSheet.Pair("Deadline", "2026-11-20"),
            new DecisionSheet.Pair("Review date", "2027-09-01"));
  }

  @Test
  void everyReflectionIsShownUnderItsPromptAndAFreeKeyUnderItsIdMadeReadable() {
    assertThat(english().reflections().items())
        .containsExactly(
            new DecisionSheet.Pair(
                "Market",
                "I read 20 ML engineer postings: about half ask for a master's or equivalent"
                    + " research experience."),
            new DecisionSheet.Pair(
                prompts("en").get("regret"),
                "I would regret never trying research more than starting work two years later."),
            new DecisionSheet.Pair(
                "What would you need to learn to change your mind?",
                "A full scholarship, or an offer from a team that trains its own models."));
    assertThat(korean().reflections().items())
        .extracting(DecisionSheet.Pair::label)
        .containsExactly("Market", prompts("ko").get("regret"), "무엇을 알게 되면 생각이 바뀔까요?");
    assertThat(korean().reflections().items().get(2).text())
        .isEqualTo("전액 장학금을 받거나, 자체 모델을 학습하는 팀에서 제안이 온다면 생각이 바뀔 것이다.");
  }

  @Test
  void idsAreMadeReadableWhenNoPromptIsKnown() {
    assertThat(DecisionSheetBuilder.humanised("plan-b")).isEqualTo("Plan b");
    assertThat(DecisionSheetBuilder.humanised("key_uncertainties")).isEqualTo("Key uncertainties");
    assertThat(DecisionSheetBuilder.humanised("market")).isEqualTo("Market");
  }

  @Test
  void aWholeScaleRangeIsDontKnowAndAGateNamesTheOptionsThatFailIt() {
    Criterion growth = Criterion.rating("growth", "Growth", dev.crossroads.decision.Direction.BENEFIT);
    Decision decision =
        Decision.of(
                "t",
                List.of(new Option("a", "A"), new Option("b", "B")),
                List.of(growth),
                new WeightInput.RankOrder(List.of("growth")),
                Map.of(
                    "a", Map.of("growth", Rating.range(1, 10)),
                    "b", Map.of("growth", Rating.of(3))))
            .withGates(List.of(Gate.atLeast("growth", 5)));

    DecisionSheet sheet = new DecisionSheetBuilder(EN).build(decision, Map.of());

    assertThat(sheet.grid().rows().get(0).cells()).containsExactly("don't know", "3 of 10");
    assertThat(sheet.gates().items()).containsExactly("Growth: at least 5 of 10 (not met by B; within the ranges you gave, A may fall short too)");
    assertThat(sheet.weights().method()).contains("ranked");
    assertThat(new DecisionSheetBuilder(KO).build(decision, Map.of()).grid().rows().get(0).cells())
        .containsExactly("모름", "10점 중 3점");
    assertThat(sheet.reflections().isEmpty()).isTrue();
    assertThat(sheet.gutRanking().isEmpty()).isTrue();
  }

  @Test
  void pairwiseWeightsSayHowConsistentTheyWere() {
    Criterion a = Criterion.rating("a", "A", dev.crossroads.decision.Direction.BENEFIT);
    Criterion b = Criterion.rating("b", "B", dev.crossroads.decision.Direction.BENEFIT);
    Criterion c = Criterion.rating("c", "C", dev.crossroads.decision.Direction.BENEFIT);
    Decision decision =
        Decision.of(
            "t",
            List.of(new Option("x", "X")),
            List.of(a, b, c),
            new WeightInput.Pairwise(
                List.of(
                    new WeightInput.Judgement("a", "b", 3),
                    new WeightInput.Judgement("a", "c", 3),
                    new WeightInput.Judgement("b", "c", 1))),
            Map.of("x", Map.of("a", Rating.of(5), "b", Rating.of(5), "c", Rating.of(5))));

    DecisionSheet sheet = new DecisionSheetBuilder(EN).build(decision, Map.of());

    assertThat(sheet.weights().method()).contains("in pairs (AHP)", "0.00", "consistent enough");
    assertThat(sheet.weights().rows())
        .extracting(DecisionSheet.WeightRow::weight)
        .containsExactly("60%", "20%", "20%");
  }
}
