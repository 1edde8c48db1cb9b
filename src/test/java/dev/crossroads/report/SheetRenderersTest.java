package dev.crossroads.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SheetRenderersTest {
  private static DecisionSheet sheet(String answer) {
    return new DecisionSheet(
        "Your answers",
        new DecisionSheet.Grid(
            "Your ratings",
            "Criterion",
            List.of("A | B", "<C>"),
            List.of(new DecisionSheet.GridRow("Pay", List.of("1 KRW", "2 KRW")))),
        new DecisionSheet.WeightTable(
            "Criteria and weights",
            "You gave the weights directly.",
            List.of("Criterion", "Weight", "Scale", "Better"),
            List.of(new DecisionSheet.WeightRow("Pay", "100%", "KRW", "higher"))),
        new DecisionSheet.Listing("Dealbreakers", List.of()),
        new DecisionSheet.Listing("Your gut ranking", List.of("<C>", "A | B")),
        new DecisionSheet.Pairs("Dates", List.of()),
        new DecisionSheet.Pairs(
            "Your reflections", List.of(new DecisionSheet.Pair("Plan *B*", answer))));
  }

  @Test
  void markdownEscapesTablesEmphasisAndLineStartsAndQuotesEachLine() {
    String md = new MarkdownDecisionSheet().render(sheet("# not a heading\n- not a list\n1. nor this"));

    assertThat(md)
        .contains("| Criterion | A \\| B | &lt;C&gt; |\n| --- | --- | --- |")
        .contains("| Pay | 1 KRW | 2 KRW |")
        .contains("| Pay | 100% | KRW | higher |")
        .contains("**Plan \\*B\\***")
        .contains("> \\# not a heading\n> \\- not a list\n> 1\\. nor this")
        .contains("1. &lt;C&gt;\n2. A \\| B")
        .doesNotContain("Dealbreakers", "### Dates");
  }

  @Test
  void htmlEscapesEverythingAndLeavesEmptySectionsOut() {
    String html = new HtmlDecisionSheet().render(sheet("<script>alert(1)</script>\nsecond line"));

    assertThat(html)
        .startsWith("<section class=\"sheet\">\n<h2>Your answers</h2>")
        .endsWith("</section>\n")
        .contains("<th scope=\"col\">A | B</th><th scope=\"col\">&lt;C&gt;</th>")
        .contains("<tr><th scope=\"row\">Pay</th><td>1 KRW</td><td>2 KRW</td></tr>")
        .contains("<ol>\n<li>&lt;C&gt;</li>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;\nsecond line</dd>")
        .doesNotContain("<script>", "Dealbreakers", "<h3>Dates</h3>");
  }
}
