package dev.crossroads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crossroads.questions.TemplateBank;
import dev.crossroads.DisplayWidth;
import dev.crossroads.questions.TemplateSources;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The summary's "Find out first" section, and where its ways to find out come from. */
class FindOutFirstTest {
  /** Two options level on their own answers; the job's fit with the postings is a wide range. */
  private static final String POSTINGS_DECIDE = "src/test/resources/cli/find-out.json";

  private static final TemplateBank BUILT_IN = new TemplateBank(TemplateSources.builtInOnly());

  @Test
  void theSummaryNamesTheRangeThatDecidesAndHowToFindItOut() {
    CommandRun run = CommandRun.of("analyze", POSTINGS_DECIDE);

    assertThat(run.exitCode()).as(run.toString()).isZero();
    String out = run.out().replaceAll("\n +", " ");
    assertThat(out)
        .contains("Find out first")
        .contains(
            "Fit with the job postings you want for Job now (3 to 10 of 10): knowing it before you"
                + " choose would change your choice to Job now in about 30 of 100 plausible"
                + " versions")
        .contains("To find out: Read ten current job postings for the role you aim at")
        .contains("The rest would not change your choice.");
    // Before the details.
    assertThat(out.indexOf("Find out first")).isLessThan(out.indexOf("Ranking"));
  }

  @Test
  void inKoreanTheWayToFindOutComesFromTheKoreanBank() {
    CommandRun run = CommandRun.of("analyze", POSTINGS_DECIDE, "--lang", "ko");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out().replaceAll("\n +", " "))
        .contains("먼저 알아볼 것")
        .contains("선택이 Job now로 바뀌고")
        .contains("알아보는 방법: 목표로 하는 직무의 현재 채용공고 10개를 읽고")
        .contains("나머지는 선택을 바꾸지 않아요.");
  }

  @Test
  void everyLineOfTheSectionFitsEightyColumnsInBothLanguages() {
    for (String lang : new String[] {"en", "ko"}) {
      CommandRun run = CommandRun.of("analyze", POSTINGS_DECIDE, "--lang", lang, "--width", "80");
      for (String line : run.out().split("\n")) {
        assertThat(DisplayWidth.of(line)).as("%s: [%s]", lang, line).isLessThanOrEqualTo(80);
      }
    }
  }

  @Test
  void whenNothingWouldChangeTheChoiceTheSummarySaysSo() {
    CommandRun run = CommandRun.of("analyze", "docs/examples/grad-school.json");

    assertThat(run.out().replaceAll("\n +", " "))
        .contains(
            "Find out first Nothing you are unsure of would change your choice: whichever way"
                + " any one of your ranges or weights turns out, ML engineer job now stays the"
                + " best bet.");
  }

  @Test
  void theJsonCarriesEveryInputMostValuableFirst() throws IOException {
    CommandRun run = CommandRun.of("analyze", POSTINGS_DECIDE, "--format", "json");
    JsonNode v = new ObjectMapper().readTree(run.out()).get("valueOfInformation");

    assertThat(v.get("baseline").asText()).isEqualTo("masters");
    assertThat(v.get("groups").asInt()).isEqualTo(20);
    JsonNode first = v.get("inputs").get(0);
    assertThat(first.get("type").asText()).isEqualTo("rating");
    assertThat(first.get("option").asText()).isEqualTo("job");
    assertThat(first.get("criterion").asText()).isEqualTo("jd-fit");
    assertThat(first.get("changesChoice").asBoolean()).isTrue();
    assertThat(first.get("switchesTo").asText()).isEqualTo("job");
    for (JsonNode other : v.get("inputs")) {
      if (other != first) {
        assertThat(other.get("changesChoice").asBoolean()).as(other.toString()).isFalse();
      }
    }
  }

  @Test
  void theDecisionsOwnTemplateSaysHowFirst() {
    assertThat(new BankWaysToFindOut(BUILT_IN, "startup-vs-bigco", "en").forCriterion("salary"))
        .hasValueSatisfying(text -> assertThat(text).contains("in writing"));
    assertThat(new BankWaysToFindOut(BUILT_IN, "grad-school", "ko").forCriterion("jd-fit"))
        .hasValueSatisfying(text -> assertThat(text).contains("채용공고"));
  }

  @Test
  void anUnknownTemplateBorrowsFromTheCatalogueByCriterionId() {
    BankWaysToFindOut ways = new BankWaysToFindOut(BUILT_IN, "grad-vs-industry", "en");

    assertThat(ways.forCriterion("growth"))
        .hasValueSatisfying(text -> assertThat(text).contains("started there in the last year"));
    assertThat(ways.forCriterion("market-fit")).isEmpty();
  }
}
