package dev.crossroads.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.crossroads.Problem;
import dev.crossroads.Messages;
import dev.crossroads.money.OverlapChoice;
import dev.crossroads.money.OverlapChoice.Keep;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The optional top-level "moneyOverlap": the person's answer about money counted twice. */
class ProfileMoneyOverlapTest {
  private static final String EXAMPLE = read("docs/examples/grad-school-money.json");
  private final ProfileReader reader = new ProfileReader();
  private final ProfileWriter writer = new ProfileWriter();

  private static String read(String path) {
    try {
      return Files.readString(Path.of(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The money example with a moneyOverlap object added as its last field. */
  private static String withOverlap(String overlap) {
    int end = EXAMPLE.lastIndexOf('}');
    return EXAMPLE.substring(0, end).stripTrailing() + ",\n  \"moneyOverlap\": " + overlap
        + "\n}\n";
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"docs/examples/grad-school-money.json",
      "docs/examples/grad-school-money-ko.json"})
  void aProfileWrittenBeforeTheFieldExistedHasNoAnswer(String file) {
    assertThat(reader.readProfile(Path.of(file)).money().orElseThrow().overlap()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Keep.class)
  void theAnswerRoundTripsAsTheLastFieldOnOneLine(Keep keep) {
    Profile before = reader.parseProfile(EXAMPLE, "money.json");
    Profile profile = new Profile(before.decision(), before.money().map(p -> p.withOverlap(
        Optional.of(new OverlapChoice(keep, List.of("market-fit"))))));

    String json = writer.toJson(profile);

    String word = keep == Keep.BOTH ? "both" : "view";
    assertThat(json).endsWith("  \"moneyOverlap\": {\"keep\": \"" + word
        + "\", \"criteria\": [\"market-fit\"]}\n}\n");
    assertThat(reader.parseProfile(json, "again.json")).isEqualTo(profile);
    assertThat(json).isEqualTo(withOverlap(
        "{\"keep\": \"" + word + "\", \"criteria\": [\"market-fit\"]}"));
  }

  @Test
  void withoutAMoneyViewTheFieldIsIgnoredLikeAnyUnknownTopLevelField() {
    String noMoney = read("docs/examples/grad-school.json");
    int end = noMoney.lastIndexOf('}');
    String text = noMoney.substring(0, end).stripTrailing()
        + ",\n  \"moneyOverlap\": {\"keep\": \"sometimes\"}\n}\n";

    assertThat(reader.parseProfile(text, "plain.json").money()).isEmpty();
  }

  @Test
  void anUnknownWayToKeepIsReportedAtTheValue() {
    assertThat(problems(withOverlap("{\"keep\": \"either\", \"criteria\": [\"fun\"]}")))
        .contains("moneyOverlap.keep must be \"view\"", "found \"either\"");
  }

  @Test
  void anUnknownCriterionIsReportedWithTheCriteriaThereAre() {
    assertThat(problems(withOverlap("{\"keep\": \"both\", \"criteria\": [\"salary\"]}")))
        .contains("unknown criterion \"salary\"; the criteria are: growth, market-fit");
  }

  @Test
  void aMissingKeepAndATypoAreBothReported() {
    String text = problems(withOverlap("{\"kep\": \"both\", \"criteria\": [\"fun\"]}"));

    assertThat(text).contains("unknown field \"kep\" in moneyOverlap",
        "missing required field \"keep\" in moneyOverlap");
  }

  @Test
  void koreanMessagesSayTheSame() {
    Problem f = failure(withOverlap("{\"keep\": \"either\", \"criteria\": [\"fun\"]}"));

    assertThat(new Messages(Locale.KOREAN).get(f.userMessage()))
        .contains("moneyOverlap.keep", "\"either\"");
  }

  private String problems(String json) {
    return new Messages(Locale.ENGLISH).get(failure(json).userMessage());
  }

  private Problem failure(String json) {
    Problem failure =
        catchThrowableOfType(Problem.class, () -> reader.parseProfile(json, "money.json"));
    assertThat(failure).as("expected the profile to be refused").isNotNull();
    assertThat(failure.kind()).isEqualTo(Problem.Kind.BAD_DATA);
    return failure;
  }
}
