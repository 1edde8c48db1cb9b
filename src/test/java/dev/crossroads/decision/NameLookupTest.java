package dev.crossroads.decision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.decision.NameLookup.Entry;
import dev.crossroads.decision.NameLookup.Result;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Options and criteria are found by what people see: ids, labels, any case, a clear beginning. */
class NameLookupTest {
  private static final NameLookup CRITERIA = new NameLookup(List.of(
      new Entry("growth", "Growth and learning speed"),
      new Entry("salary", "Yearly salary in 3 years"),
      new Entry("years", "Years until full-time work"),
      new Entry("pay", "Salary"),
      new Entry("korean", "성장과 배우는 속도"),
      new Entry("masters", "Master's in Korea")));

  private static String found(String typed) {
    return ((Result.Found) CRITERIA.find(typed)).entry().id();
  }

  @Test
  void anIdIsFoundAsItIs() {
    assertThat(found("years")).isEqualTo("years");
    assertThat(found("growth")).isEqualTo("growth");
    assertThat(found("KOREAN")).isEqualTo("korean");
  }

  @Test
  void aWholeLabelIsFoundInAnyCaseAndSpacing() {
    assertThat(found("growth AND learning   speed")).isEqualTo("growth");
    assertThat(found("YEARLY SALARY IN 3 YEARS")).isEqualTo("salary");
    assertThat(found("성장과 배우는 속도")).isEqualTo("korean");
  }

  @Test
  void aBeginningThatFitsOneIsEnough() {
    assertThat(found("Grow")).isEqualTo("growth");
    assertThat(found("yearly")).isEqualTo("salary");
    assertThat(found("성장")).isEqualTo("korean");
    assertThat(found("master’s")).isEqualTo("masters");
  }

  @Test
  void aBeginningThatFitsSeveralNamesThemAll() {
    Result result = CRITERIA.find("Year");

    assertThat(result).isInstanceOf(Result.Ambiguous.class);
    assertThat(((Result.Ambiguous) result).candidates()).extracting(Entry::id)
        .containsExactly("salary", "years");
  }

  @Test
  void aWholeNameThatFitsSeveralIsAmbiguousAnIdIncluded() {
    // "Salary" is a whole label of one criterion and the id of another: either may be meant.
    assertThat(CRITERIA.find("Salary")).isInstanceOf(Result.Ambiguous.class);
    assertThat(((Result.Ambiguous) CRITERIA.find("salary")).candidates()).extracting(Entry::id)
        .containsExactly("salary", "pay");
  }

  @Test
  void aWholeLabelWinsOverOthersItBegins() {
    NameLookup lookup = new NameLookup(List.of(
        new Entry("pay", "Salary"), new Entry("raise", "Salary growth")));

    assertThat(((Result.Found) lookup.find("salary")).entry().id()).isEqualTo("pay");
  }

  @Test
  void anIdWinsOnlyWhenNoOtherLabelStartsThatWay() {
    NameLookup lookup = new NameLookup(List.of(
        new Entry("fit", "Personal fit"), new Entry("jd-fit", "Fit with the job postings you want"),
        new Entry("time", "Years of study")));

    Result fit = lookup.find("fit");
    assertThat(fit).isInstanceOf(Result.Ambiguous.class);
    assertThat(((Result.Ambiguous) fit).candidates()).extracting(Entry::id)
        .containsExactly("fit", "jd-fit");
    assertThat(((Result.Found) lookup.find("time")).entry().id()).isEqualTo("time");
    assertThat(((Result.Found) lookup.find("personal")).entry().id()).isEqualTo("fit");
    assertThat(((Result.Found) lookup.find("fit with")).entry().id()).isEqualTo("jd-fit");
  }

  @Test
  void equalLabelsAreAmbiguous() {
    NameLookup lookup = new NameLookup(List.of(
        new Entry("a", "Stable team"), new Entry("b", "Stable  TEAM")));

    assertThat(lookup.find("stable team")).isInstanceOf(Result.Ambiguous.class);
    assertThat(lookup.wholeNames().find("Stable team")).isInstanceOf(Result.Ambiguous.class);
    assertThat(((Result.Found) lookup.find("b")).entry().id()).isEqualTo("b");
  }

  @Test
  void anEntryIsFoundByAnyOfItsLabelsFolded() {
    NameLookup lookup = new NameLookup(List.of(
        new Entry("masters", List.of("석사 유학", "Master’s   abroad")),
        new Entry("job", List.of("취업", "A job"))));

    assertThat(((Result.Found) lookup.find("master's abroad")).entry().id()).isEqualTo("masters");
    assertThat(((Result.Found) lookup.find("MASTER’S")).entry().id()).isEqualTo("masters");
    assertThat(((Result.Found) lookup.find("석사")).entry().id()).isEqualTo("masters");
    assertThat(((Result.Found) lookup.find("a job")).entry().id()).isEqualTo("job");
    assertThat(lookup.find("a")).isInstanceOf(Result.Found.class);
  }

  @Test
  void wholeNamesOnlyNeverTakeAStartAndLetAnIdStand() {
    NameLookup lookup = new NameLookup(List.of(
        new Entry("fit", "Personal fit"), new Entry("jd-fit", "Fit with the job postings you want")))
        .wholeNames();

    assertThat(((Result.Found) lookup.find("fit")).entry().id()).isEqualTo("fit");
    assertThat(((Result.Found) lookup.find("personal  FIT")).entry().id()).isEqualTo("fit");
    assertThat(lookup.find("Personal")).isInstanceOf(Result.Unknown.class);
    // Written exactly, an id is meant even where another entry is labelled so.
    NameLookup odd = new NameLookup(List.of(new Entry("growth", "interest"),
        new Entry("interest", "Interest in the work"))).wholeNames();
    assertThat(((Result.Found) odd.find("interest")).entry().id()).isEqualTo("interest");
    assertThat(odd.find("INTEREST")).isInstanceOf(Result.Ambiguous.class);
  }

  @Test
  void nothingThatFitsIsUnknown() {
    assertThat(CRITERIA.find("happiness")).isInstanceOf(Result.Unknown.class);
    assertThat(CRITERIA.find("  ")).isInstanceOf(Result.Unknown.class);
  }
}
