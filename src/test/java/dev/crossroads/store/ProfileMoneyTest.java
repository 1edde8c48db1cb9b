package dev.crossroads.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Rating;
import dev.crossroads.money.Band;
import dev.crossroads.money.Equity;
import dev.crossroads.money.MoneyModel;
import dev.crossroads.money.MoneyPlan;
import dev.crossroads.money.MoneySettings;
import dev.crossroads.money.Obligation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProfileMoneyTest {
  private final ProfileReader reader = new ProfileReader();
  private final ProfileWriter writer = new ProfileWriter();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"docs/examples/grad-school-money.json", "docs/examples/grad-school-money-ko.json"})
  void theMoneyExamplesLoadWithTheirMoneyView(String file) {
    Profile profile = reader.readProfile(Path.of(file));

    assertThat(profile.money()).isPresent();
    MoneyPlan plan = profile.money().get();
    assertThat(plan.criterion()).contains("networth");
    assertThat(plan.models()).containsOnlyKeys("masters", "industry", "sponsored");
    assertThat(plan.models().get("sponsored").obligations()).hasSize(1);
    // The file rates nothing on the money criterion: the money view does.
    assertThat(profile.decision().ratings().get("masters")).doesNotContainKey("networth");
  }

  @Test
  void readingResolvesTheMoneyCriterionToTheConservativeAndOptimisticNetWorth() {
    Decision decision = reader.read(Path.of("docs/examples/grad-school-money.json"));

    // Master's: two years of stipend 9.6M minus tuition 4M, then eight years of salary rising 4%.
    double raises = 0;
    for (int k = 0; k < 8; k++) {
      raises += Math.pow(1.04, k);
    }
    Rating masters = decision.rating("masters", "networth");
    assertThat(masters.low()).isCloseTo(2 * 5_600_000 + 55_000_000 * raises, within(1e-3));
    assertThat(masters.high()).isCloseTo(2 * 5_600_000 + 70_000_000 * raises, within(1e-3));
    // Sponsored: 30% of a pro-rata clawback of 40M owing 2 of 4 years, repaid in year 5.
    double sponsoredRaises = 0;
    for (int k = 0; k < 8; k++) {
      sponsoredRaises += Math.pow(1.035, k);
    }
    assertThat(decision.rating("sponsored", "networth").low())
        .isCloseTo(2 * 24_000_000 + 52_000_000 * sponsoredRaises - 0.3 * 20_000_000, within(1e-3));
  }

  @Test
  void theExampleMoneyViewRoundTrips() {
    Profile profile = reader.readProfile(Path.of("docs/examples/grad-school-money.json"));
    String json = writer.toJson(profile);

    assertThat(reader.parseProfile(json, "again.json")).isEqualTo(profile);
    assertThat(writer.toJson(reader.parseProfile(json, "again.json"))).isEqualTo(json);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"docs/examples/grad-school-money.json", "docs/examples/grad-school-money-ko.json"})
  void theMoneyExamplesAreWrittenAsTheWriterWritesThem(String file) throws IOException {
    String text = Files.readString(Path.of(file), StandardCharsets.UTF_8);

    assertThat(writer.toJson(reader.parseProfile(text, file))).isEqualTo(text);
  }

  @Test
  void theMoneySnippetInTheFormatDocumentLoads() throws IOException {
    String doc = Files.readString(Path.of("docs/profile-format.md"), StandardCharsets.UTF_8);
    int start = doc.indexOf("```json\n\"money\": {");
    assertThat(start).as("the money snippet").isNotNegative();
    String snippet = doc.substring(start + "```json\n".length(), doc.indexOf("```", start + 1)).strip();
    String example = Files.readString(Path.of("docs/examples/grad-school-money.json"), StandardCharsets.UTF_8);
    String withSnippet = example.substring(0, example.indexOf("\"money\": {")) + snippet + "\n}\n";

    Profile profile = reader.parseProfile(withSnippet, "profile-format.md");

    assertThat(profile.money().orElseThrow().models().get("industry").studyYears()).isZero();
    assertThat(profile.money().orElseThrow().factTopics()).containsExactly("money", "military");
    assertThat(profile.resolved().rating("sponsored", "networth"))
        .isEqualTo(reader.read(Path.of("docs/examples/grad-school-money.json")).rating("sponsored", "networth"));
  }

  @Test
  void aProfileWithoutMoneyWritesNoMoneyField() {
    Profile profile = reader.readProfile(Path.of("docs/examples/grad-school.json"));

    assertThat(profile.money()).isEmpty();
    assertThat(writer.toJson(profile)).doesNotContain("\"money\"").isEqualTo(writer.toJson(profile.decision()));
  }

  static LongStream seeds() {
    return LongStream.range(0, 200).map(i -> 0x0de_0000L + i);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedMoneyPlansReadBackEqual(long seed) {
    Decision decision = new RandomDecisions(seed).next();
    Profile profile = new Profile(decision, Optional.of(randomPlan(decision, new SplittableRandom(seed))));
    String json = writer.toJson(profile);

    assertThat(reader.parseProfile(json, "generated.json")).as("seed %d:%n%s", seed, json).isEqualTo(profile);
  }

  /** A plan over some of the decision's options, feeding no criterion (the decision has none fit). */
  private static MoneyPlan randomPlan(Decision decision, SplittableRandom random) {
    Map<String, MoneyModel> models = new LinkedHashMap<>();
    decision.options().forEach(o -> {
      if (random.nextInt(4) > 0) {
        models.put(o.id(), randomModel(random));
      }
    });
    List<String> topics = random.nextBoolean() ? MoneyPlan.DEFAULT_FACT_TOPICS : List.of("military", "visa");
    MoneySettings settings = new MoneySettings(1 + random.nextInt(100), random.nextDouble(), "원 KRW");
    return new MoneyPlan(settings, models, Optional.empty(), random.nextBoolean(), topics);
  }

  private static MoneyModel randomModel(SplittableRandom random) {
    double low = amount(random);
    Band salary = random.nextBoolean() ? Band.of(low) : new Band(low, low + amount(random));
    List<Obligation> obligations = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      obligations.add(random.nextBoolean()
          ? new Obligation.Repayment("loan \"" + i + "\"", amount(random), 1 + random.nextInt(30), random.nextDouble())
          : new Obligation.Clawback("스폰서 " + i, amount(random), 1 + random.nextInt(10), random.nextBoolean(),
              random.nextInt(12), random.nextDouble()));
    }
    MoneyModel model = new MoneyModel(random.nextInt(0, 13) / 2.0, amount(random), amount(random), salary,
        random.nextDouble(-0.5, 1), random.nextDouble(-1e7, 1e7), obligations, Optional.empty());
    if (random.nextBoolean()) {
      double equity = amount(random);
      model = model.withEquity(new Equity(new Band(equity / 2, equity), 1 + random.nextInt(20)));
    }
    return model;
  }

  private static double amount(SplittableRandom random) {
    return random.nextBoolean() ? random.nextInt(0, 200) * 500_000 : random.nextDouble(0, 1e9);
  }
}
