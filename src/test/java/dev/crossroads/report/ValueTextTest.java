package dev.crossroads.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.Messages;
import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Direction;
import dev.crossroads.decision.QuantityScale;
import dev.crossroads.decision.Rating;
import dev.crossroads.decision.RatingScale;
import java.util.Locale;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ValueTextTest {
  private static final Messages EN = new Messages(Locale.ENGLISH);
  private static final Messages KO = new Messages(Locale.KOREAN);

  private static Criterion in(String unit) {
    return new Criterion("c", "C", Direction.BENEFIT, QuantityScale.of(unit));
  }

  private static Criterion rated(double min, double max) {
    return new Criterion("c", "C", Direction.BENEFIT, new RatingScale(min, max));
  }

  @Test
  void wonReadInMillionsOfKrwInEnglishAndInManAndEokInKorean() {
    assertThat(ValueText.value(EN, in("KRW"), 52_000_000)).isEqualTo("52,000,000 KRW");
    assertThat(ValueText.value(KO, in("KRW"), 52_000_000)).isEqualTo("5,200만 원");
    assertThat(ValueText.value(KO, in("원"), 150_000_000)).isEqualTo("1억 5,000만 원");
    assertThat(ValueText.value(KO, in("원"), 2_500_000)).isEqualTo("250만 원");
    assertThat(ValueText.value(KO, in("won"), 2_505_000)).isEqualTo("250만 5,000원");
    assertThat(ValueText.value(KO, in("원"), 100_000_000)).isEqualTo("1억 원");
  }

  @Test
  void smallAmountsAndZeroArePlainNumbers() {
    assertThat(ValueText.value(KO, in("원"), 5_000)).isEqualTo("5,000원");
    assertThat(ValueText.value(KO, in("원"), 0)).isEqualTo("0원");
    assertThat(ValueText.value(EN, in("KRW"), 0)).isEqualTo("0 KRW");
    assertThat(ValueText.value(EN, in("years"), 0)).isEqualTo("0 years");
    assertThat(ValueText.value(KO, in("years"), 0)).isEqualTo("0년");
  }

  @Test
  void negativeAmountsKeepTheirSign() {
    assertThat(ValueText.value(EN, in("KRW"), -50_000_000)).isEqualTo("-50,000,000 KRW");
    assertThat(ValueText.value(KO, in("KRW"), -50_000_000)).isEqualTo("-5,000만 원");
    assertThat(ValueText.value(KO, in("원"), -150_000_000)).isEqualTo("-1억 5,000만 원");
    assertThat(ValueText.value(EN, in("$"), -5_000)).isEqualTo("-$5,000");
  }

  @Test
  void billionsAndTrillionsStayReadable() {
    assertThat(ValueText.value(EN, in("KRW"), 1e9)).isEqualTo("1,000,000,000 KRW");
    assertThat(ValueText.value(KO, in("KRW"), 1e9)).isEqualTo("10억 원");
    assertThat(ValueText.value(KO, in("KRW"), 1_234_567_890)).isEqualTo("12억 3,456만 7,890원");
    assertThat(ValueText.value(KO, in("KRW"), 1.5e12)).isEqualTo("1조 5,000억 원");
  }

  @Test
  void anAmountInManWonIsCountedInWon() {
    assertThat(ValueText.value(KO, in("만 원"), 5_200)).isEqualTo("5,200만 원");
    assertThat(ValueText.value(KO, in("만원"), 15_000)).isEqualTo("1억 5,000만 원");
    assertThat(ValueText.value(EN, in("만 원"), 5_200)).isEqualTo("52,000,000 KRW");
  }

  @Test
  void otherCurrenciesKeepTheirUnit() {
    assertThat(ValueText.value(EN, in("USD"), 120_000)).isEqualTo("120,000 USD");
    assertThat(ValueText.value(KO, in("USD"), 120_000)).isEqualTo("120,000 USD");
    assertThat(ValueText.value(EN, in("$"), 120_000)).isEqualTo("$120,000");
    assertThat(ValueText.value(EN, in("EUR"), 80_000)).isEqualTo("80,000 EUR");
    assertThat(ValueText.value(KO, in("달러"), 80_000)).isEqualTo("80,000달러");
  }

  @Test
  void moneyUnitsAreToldFromOtherUnits() {
    for (String unit : new String[] {"KRW", "원", "won", "USD", "$", "EUR", "JPY", "만 원", "₩"}) {
      assertThat(ValueText.isMoney(unit)).as(unit).isTrue();
    }
    for (String unit : new String[] {"years", "년", "months", "%", "people", ""}) {
      assertThat(ValueText.isMoney(unit)).as(unit).isFalse();
    }
  }

  @Test
  void timeReadsInTheReadersLanguageWithFractionsAndASingular() {
    assertThat(ValueText.value(EN, in("years"), 2)).isEqualTo("2 years");
    assertThat(ValueText.value(EN, in("years"), 0.5)).isEqualTo("0.5 years");
    assertThat(ValueText.value(EN, in("years"), 1)).isEqualTo("1 year");
    assertThat(ValueText.value(EN, in("년"), 2)).isEqualTo("2 years");
    assertThat(ValueText.value(KO, in("years"), 2)).isEqualTo("2년");
    assertThat(ValueText.value(KO, in("years"), 0.5)).isEqualTo("0.5년");
    assertThat(ValueText.value(KO, in("months"), 6)).isEqualTo("6개월");
    assertThat(ValueText.value(EN, in("개월"), 1)).isEqualTo("1 month");
  }

  @Test
  void otherUnitsAreKeptAsWritten() {
    assertThat(ValueText.value(EN, in("%"), 12)).isEqualTo("12%");
    assertThat(ValueText.value(EN, in("people"), 30)).isEqualTo("30 people");
    assertThat(ValueText.value(KO, in("명"), 30)).isEqualTo("30명");
    assertThat(ValueText.value(EN, in(""), 30)).isEqualTo("30");
    assertThat(ValueText.value(EN, in("km"), 1.25)).isEqualTo("1.25 km");
  }

  @Test
  void ratingsReadWithTheirScale() {
    assertThat(ValueText.value(EN, rated(1, 10), 7)).isEqualTo("7 of 10");
    assertThat(ValueText.value(KO, rated(1, 10), 7)).isEqualTo("10점 중 7점");
    assertThat(ValueText.value(EN, rated(0, 5), 3)).isEqualTo("3 of 5");
    assertThat(ValueText.value(KO, rated(0, 5), 3)).isEqualTo("5점 중 3점");
    assertThat(ValueText.value(EN, rated(1, 10), 6.5)).isEqualTo("6.5 of 10");
    assertThat(ValueText.value(EN, rated(2, 8), 7)).isEqualTo("7 (2 to 8)");
    assertThat(ValueText.value(KO, rated(2, 8), 7)).isEqualTo("7점 (2~8점)");
    assertThat(ValueText.value(EN, rated(-5, 5), -2)).isEqualTo("-2 (-5 to 5)");
  }

  @Test
  void aRangeNamesItsUnitOnceAtTheEndLowFirst() {
    Rating salary = Rating.range(46_000_000, 58_000_000);
    assertThat(ValueText.rating(EN, in("KRW"), salary)).isEqualTo("46,000,000 to 58,000,000 KRW");
    assertThat(ValueText.rating(KO, in("KRW"), salary)).isEqualTo("4,600만~5,800만 원");
    assertThat(ValueText.rating(EN, in("years"), Rating.range(0, 1))).isEqualTo("0 to 1 years");
    assertThat(ValueText.rating(KO, in("years"), Rating.range(0, 1))).isEqualTo("0~1년");
    assertThat(ValueText.rating(EN, rated(1, 10), Rating.range(6, 8))).isEqualTo("6 to 8 of 10");
    assertThat(ValueText.rating(KO, rated(1, 10), Rating.range(6, 8))).isEqualTo("10점 중 6~8점");
    assertThat(ValueText.rating(EN, in("$"), Rating.range(1_000, 2_000))).isEqualTo("$1,000 to $2,000");
    assertThat(ValueText.range(EN, in("KRW"), 9, OptionalDouble.empty(), 3)).isEqualTo("3 to 9 KRW");
  }

  @Test
  void aRangeShowsItsLikelyValue() {
    assertThat(ValueText.rating(EN, rated(1, 10), Rating.range(6, 7, 9)))
        .isEqualTo("6 to 9 of 10 (likely 7)");
    assertThat(ValueText.rating(KO, rated(1, 10), Rating.range(6, 7, 9)))
        .isEqualTo("10점 중 6~9점 (가장 그럴듯한 값 7)");
    assertThat(ValueText.rating(EN, in("KRW"), Rating.range(46e6, 52e6, 58e6)))
        .isEqualTo("46,000,000 to 58,000,000 KRW (likely 52,000,000)");
    assertThat(ValueText.rating(KO, in("KRW"), Rating.range(46e6, 52e6, 58e6)))
        .isEqualTo("4,600만~5,800만 원 (가장 그럴듯한 값 5,200만)");
  }

  @Test
  void aRangeAcrossZeroKeepsBothSigns() {
    Rating netCost = Rating.range(-30_000_000, -20_000_000, 5_000_000);
    assertThat(ValueText.rating(EN, in("KRW"), netCost))
        .isEqualTo("-30,000,000 to 5,000,000 KRW (likely -20,000,000)");
    assertThat(ValueText.rating(KO, in("원"), netCost))
        .isEqualTo("-3,000만~500만 원 (가장 그럴듯한 값 -2,000만)");
    assertThat(ValueText.rating(KO, in("원"), Rating.range(-5_000, 9_000))).isEqualTo("-5,000~9,000원");
  }

  @Test
  void aRangeOverTheWholeRatingScaleIsDontKnow() {
    Rating unsure = Rating.range(1, 10);
    assertThat(ValueText.isDontKnow(rated(1, 10), unsure)).isTrue();
    assertThat(ValueText.rating(EN, rated(1, 10), unsure)).isEqualTo("don't know");
    assertThat(ValueText.rating(KO, rated(1, 10), unsure)).isEqualTo("모름");
    assertThat(ValueText.isDontKnow(rated(1, 10), Rating.range(1, 5, 10))).isFalse();
    assertThat(ValueText.isDontKnow(rated(1, 10), Rating.range(2, 10))).isFalse();
    assertThat(ValueText.isDontKnow(in("KRW"), Rating.range(1, 10))).isFalse();
  }

  @Test
  void aPointGivenAsAnEmptyRangeReadsAsThePoint() {
    assertThat(ValueText.rating(EN, rated(1, 10), Rating.range(7, 7))).isEqualTo("7 of 10");
    assertThat(ValueText.rating(EN, in("KRW"), Rating.of(60_000_000))).isEqualTo("60,000,000 KRW");
  }

  @Test
  void aThresholdReadsAsANumberWithItsUnit() {
    assertThat(ValueText.number(EN, in("KRW"), 40_000_000)).isEqualTo("40,000,000 KRW");
    assertThat(ValueText.number(KO, in("원"), 40_000_000)).isEqualTo("4,000만 원");
    assertThat(ValueText.number(EN, rated(1, 10), 6)).isEqualTo("6");
    assertThat(ValueText.number(KO, rated(1, 10), 2.4)).isEqualTo("2.4점");
    assertThat(ValueText.withUnit(EN, "years", 3)).isEqualTo("3 years");
  }

  @Test
  void theScaleReadsInAFewWords() {
    assertThat(ValueText.scale(EN, rated(1, 10))).isEqualTo("1 to 10");
    assertThat(ValueText.scale(KO, rated(1, 10))).isEqualTo("1~10점");
    assertThat(ValueText.scale(EN, in("원"))).isEqualTo("KRW");
    assertThat(ValueText.scale(KO, in("KRW"))).isEqualTo("원");
    assertThat(ValueText.scale(KO, in("years"))).isEqualTo("년");
    assertThat(ValueText.scale(EN, in("people"))).isEqualTo("people");
  }
}
