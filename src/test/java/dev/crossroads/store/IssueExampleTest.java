package dev.crossroads.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Direction;
import dev.crossroads.decision.Meta;
import dev.crossroads.decision.Option;
import dev.crossroads.decision.QuantityScale;
import dev.crossroads.decision.Rating;
import dev.crossroads.decision.RatingScale;
import dev.crossroads.decision.WeightInput;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IssueExampleTest {
  /** The document from the issue, character for character. */
  static final String ISSUE =
      """
      {
        "schemaVersion": 1,
        "title": "Grad school or industry",
        "options": [{"id": "masters", "label": "Master's in Korea"}, {"id": "industry", "label": "Industry job now"}],
        "criteria": [
          {"id": "growth", "label": "Growth", "direction": "benefit", "scale": {"type": "rating", "min": 1, "max": 10}},
          {"id": "salary", "label": "Salary in 3 years", "direction": "benefit", "scale": {"type": "quantity", "unit": "KRW"}},
          {"id": "years", "label": "Years until full-time work", "direction": "cost", "scale": {"type": "quantity", "unit": "years"}}
        ],
        "weights": {"method": "points", "points": {"growth": 50, "salary": 30, "years": 20}},
        "ratings": {
          "masters": {"growth": 8, "salary": 60000000, "years": 2},
          "industry": {"growth": {"low": 5, "likely": 6, "high": 8}, "salary": 52000000, "years": 0}
        }
      }
      """;

  private final ProfileReader reader = new ProfileReader();

  @Test
  void theIssueDocumentLoadsWithEveryValueAsWritten() {
    Decision d = reader.parse(ISSUE, "issue.json");

    assertThat(d.title()).isEqualTo("Grad school or industry");
    assertThat(d.language()).isEqualTo("en");
    assertThat(d.options())
        .containsExactly(new Option("masters", "Master's in Korea"), new Option("industry", "Industry job now"));
    assertThat(d.criteria())
        .containsExactly(
            new Criterion("growth", "Growth", Direction.BENEFIT, new RatingScale(1, 10)),
            new Criterion("salary", "Salary in 3 years", Direction.BENEFIT, QuantityScale.of("KRW")),
            new Criterion("years", "Years until full-time work", Direction.COST, QuantityScale.of("years")));
    assertThat(d.weights()).isEqualTo(new WeightInput.Points(ordered("growth", 50.0, "salary", 30.0, "years", 20.0)));
    assertThat(d.rating("masters", "growth")).isEqualTo(Rating.of(8));
    assertThat(d.rating("masters", "salary")).isEqualTo(Rating.of(60_000_000));
    assertThat(d.rating("masters", "years")).isEqualTo(Rating.of(2));
    assertThat(d.rating("industry", "growth")).isEqualTo(Rating.range(5, 6, 8));
    assertThat(d.rating("industry", "salary")).isEqualTo(Rating.of(52_000_000));
    assertThat(d.rating("industry", "years")).isEqualTo(Rating.of(0));
    assertThat(d.gates()).isEmpty();
    assertThat(d.reflections()).isEmpty();
    assertThat(d.scenarios()).isEmpty();
    assertThat(d.meta()).isEqualTo(Meta.NONE);
  }

  @Test
  void theIssueDocumentInDocsExamplesIsTheSameDocument() {
    assertThat(reader.read(Path.of("docs/examples/issue-example.json")))
        .isEqualTo(reader.parse(ISSUE, "issue.json"));
  }

  @Test
  void writingTheIssueDocumentKeepsNumbersPlain() {
    String json = new ProfileWriter().toJson(reader.parse(ISSUE, "issue.json"));

    assertThat(json).contains("\"salary\": 60000000").contains("\"growth\": 50,").doesNotContain("E7").doesNotContain(".0");
    assertThat(json).contains("\"growth\": {\"low\": 5, \"likely\": 6, \"high\": 8}");
  }

  @Test
  void writingTheIssueDocumentKeepsTheDocumentedFieldOrder() {
    String json = new ProfileWriter().toJson(reader.parse(ISSUE, "issue.json"));

    List<String> order = List.of("\"schemaVersion\"", "\"title\"", "\"language\"", "\"options\"", "\"criteria\"",
        "\"weights\"", "\"ratings\"");
    int last = -1;
    for (String field : order) {
      int at = json.indexOf(field);
      assertThat(at).as(field).isGreaterThan(last);
      last = at;
    }
    assertThat(json).startsWith("{\n  \"schemaVersion\": 1,\n  \"title\": \"Grad school or industry\",\n");
  }

  private static Map<String, Double> ordered(Object... pairs) {
    Map<String, Double> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], (Double) pairs[i + 1]);
    }
    return map;
  }
}
