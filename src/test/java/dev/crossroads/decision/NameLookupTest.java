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
    assertThat(found("salary")).isEqualTo("salary");
    assertThat(found("years")).isEqualTo("years");
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
  void aWholeNameWinsOverOthersItBegins() {
    // "Salary" is a whole label of one criterion and the id of another: both fit as a whole.
    assertThat(CRITERIA.find("Salary")).isInstanceOf(Result.Ambiguous.class);
    assertThat(found("salary")).isEqualTo("salary");
  }

  @Test
  void nothingThatFitsIsUnknown() {
    assertThat(CRITERIA.find("happiness")).isInstanceOf(Result.Unknown.class);
    assertThat(CRITERIA.find("  ")).isInstanceOf(Result.Unknown.class);
  }
}
