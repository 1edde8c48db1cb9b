package dev.crossroads.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlTable;
import org.htmlunit.html.HtmlTableCell;
import org.htmlunit.html.HtmlTableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Node;

/**
 * The HTML export as a browser engine (HtmlUnit, JavaScript on) renders it: what a reader sees,
 * not the markup the renderer meant to write.
 */
class HtmlExportInBrowserTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path GRAD_SCHOOL = Path.of("docs/examples/grad-school.json");
  private static final Path GRAD_SCHOOL_KO = Path.of("docs/examples/grad-school-ko.json");

  @TempDir Path dir;
  private WebClient browser;

  /** Imports the profile into a home in the temp folder and exports it as an HTML file. */
  private Path exportHtml(Path profile, String lang) {
    Path home = dir.resolve("home");
    String name = profile.getFileName().toString().replace(".json", "");
    Path html = dir.resolve(name + ".html");
    Map<String, String> env = Map.of("LANG", lang);
    CommandRun imported =
        CommandRun.of(env, "import", profile.toString(), "--name", name, "--home", home.toString());
    assertThat(imported.exitCode()).as(imported.toString()).isZero();
    CommandRun exported =
        CommandRun.of(
            env, "export", name, "--format", "html", "-o", html.toString(),
            "--home", home.toString());
    assertThat(exported.exitCode()).as(exported.toString()).isZero();
    return html;
  }

  /** A browser that fails the test on any script error or alert. */
  @BeforeEach
  void openBrowser() {
    browser = new WebClient(BrowserVersion.BEST_SUPPORTED);
    browser.getOptions().setJavaScriptEnabled(true);
    browser.getOptions().setCssEnabled(false);
    browser.getOptions().setThrowExceptionOnScriptError(true);
    browser.getOptions().setThrowExceptionOnFailingStatusCode(true);
    browser.setAlertHandler((page, message) -> fail("The page raised an alert: " + message));
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  private HtmlPage render(Path html) throws IOException {
    HtmlPage page = browser.getPage(html.toUri().toURL());
    browser.waitForBackgroundJavaScript(1_000);
    return page;
  }

  private static JsonNode read(Path profile) throws IOException {
    return JSON.readTree(profile.toFile());
  }

  private static String label(JsonNode profile, String listName, String id) {
    for (JsonNode item : profile.get(listName)) {
      if (item.get("id").asText().equals(id)) {
        return item.get("label").asText();
      }
    }
    throw new AssertionError("no " + listName + " entry " + id);
  }

  private static HtmlElement verdict(HtmlPage page) {
    HtmlElement verdict = page.querySelector("p.verdict");
    assertThat(verdict).as("p.verdict on the page").isNotNull();
    assertThat(verdict.getAttribute("data-kind")).isNotBlank();
    return verdict;
  }

  private static void assertBefore(DomNode first, DomNode second) {
    assertThat(first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING)
        .as("<%s> comes before <%s>", first.getNodeName(), second.getNodeName())
        .isNotZero();
  }

  /** The ratings grid's cell for one criterion (row header) and one option (column header). */
  private static String gridCell(HtmlPage page, String criterion, String option) {
    HtmlTable grid = page.querySelector("section.sheet table");
    assertThat(grid).as("a table in section.sheet").isNotNull();
    List<String> columns = new ArrayList<>();
    for (HtmlTableCell cell : grid.getHeader().getRows().get(0).getCells()) {
      columns.add(cell.asNormalizedText());
    }
    assertThat(columns).contains(option);
    for (HtmlTableRow row : grid.getBodies().get(0).getRows()) {
      if (row.getCell(0).asNormalizedText().equals(criterion)) {
        return row.getCell(columns.indexOf(option)).asNormalizedText();
      }
    }
    throw new AssertionError("no row for " + criterion + " in the ratings grid");
  }

  /** Every reflection answer of the profile is read back, in the reflections list of the sheet. */
  private static void assertShowsEveryReflection(HtmlPage page, JsonNode profile) {
    List<String> answers = new ArrayList<>();
    profile.get("reflections").forEach(answer -> answers.add(answer.asText()));
    assertThat(answers).isNotEmpty();
    List<String> shown = new ArrayList<>();
    for (DomNode dd : page.querySelectorAll("section.sheet dl.reflections dd")) {
      shown.add(dd.asNormalizedText());
    }
    assertThat(shown).containsExactlyInAnyOrderElementsOf(answers);
    assertThat(page.asNormalizedText()).contains(answers);
  }

  /** A heading followed by a list with something in it. */
  private static void assertSectionWithItems(HtmlPage page, String heading) {
    DomNode h2 = null;
    for (DomNode candidate : page.querySelectorAll("h2")) {
      if (candidate.asNormalizedText().equals(heading)) {
        h2 = candidate;
      }
    }
    assertThat(h2).as("an <h2> reading %s", heading).isNotNull();
    DomNode list = h2.getNextElementSibling();
    assertThat(list.getNodeName()).isEqualTo("ul");
    assertThat(list.querySelectorAll("li")).isNotEmpty();
  }

  @Test
  void theEnglishExportShowsTheClearVerdictBeforeTheRanking() throws IOException {
    HtmlPage page = render(exportHtml(GRAD_SCHOOL, "en_US.UTF-8"));

    HtmlElement verdict = verdict(page);
    assertThat(verdict.getAttribute("data-kind")).isEqualTo("clear");
    assertThat(verdict.asNormalizedText())
        .startsWith("Clear result.")
        .contains("ML engineer job now");
    assertBefore(verdict, page.querySelector("table"));
    String text = page.asNormalizedText();
    assertThat(text.indexOf("Clear result.")).isLessThan(text.indexOf("Ranking"));
    assertThat(page.getTitleText()).isEqualTo(read(GRAD_SCHOOL).get("title").asText());
  }

  @Test
  void theKoreanExportShowsTheClearVerdictInKoreanBeforeTheRanking() throws IOException {
    HtmlPage page = render(exportHtml(GRAD_SCHOOL_KO, "ko_KR.UTF-8"));

    HtmlElement verdict = verdict(page);
    assertThat(verdict.getAttribute("data-kind")).isEqualTo("clear");
    assertThat(verdict.asNormalizedText())
        .startsWith("결과가 뚜렷해요.")
        .contains("지금 ML 엔지니어로 취업");
    assertBefore(verdict, page.querySelector("table"));
  }

  @Test
  void theEnglishRatingsGridShowsTheSalaryRangeUnderTheJobInKrw() throws IOException {
    JsonNode profile = read(GRAD_SCHOOL);
    HtmlPage page = render(exportHtml(GRAD_SCHOOL, "en_US.UTF-8"));

    String salary = label(profile, "criteria", "salary");
    assertThat(gridCell(page, salary, label(profile, "options", "industry")))
        .isEqualTo("46,000,000 to 58,000,000 KRW (likely 52,000,000)");
    assertThat(gridCell(page, salary, label(profile, "options", "masters")))
        .isEqualTo("60,000,000 KRW");
  }

  @Test
  void theKoreanRatingsGridShowsTheSalaryRangeInManWon() throws IOException {
    JsonNode profile = read(GRAD_SCHOOL_KO);
    HtmlPage page = render(exportHtml(GRAD_SCHOOL_KO, "ko_KR.UTF-8"));

    String salary = label(profile, "criteria", "salary");
    assertThat(gridCell(page, salary, label(profile, "options", "industry")))
        .isEqualTo("4,600만~5,800만 원 (가장 그럴듯한 값 5,200만)");
    assertThat(gridCell(page, salary, label(profile, "options", "masters")))
        .isEqualTo("6,000만 원");
  }

  @Test
  void everyReflectionAnswerOfTheProfileIsOnTheRenderedPageInBothLanguages() throws IOException {
    assertShowsEveryReflection(render(exportHtml(GRAD_SCHOOL, "en_US.UTF-8")), read(GRAD_SCHOOL));
    assertShowsEveryReflection(
        render(exportHtml(GRAD_SCHOOL_KO, "ko_KR.UTF-8")), read(GRAD_SCHOOL_KO));
  }

  @Test
  void thePageSaysHowTheResultWasWorkedOutInBothLanguages() throws IOException {
    assertSectionWithItems(
        render(exportHtml(GRAD_SCHOOL, "en_US.UTF-8")), "How this was worked out");
    assertSectionWithItems(render(exportHtml(GRAD_SCHOOL_KO, "ko_KR.UTF-8")), "계산한 방법");
  }

  @Test
  void aSalaryDealbreakerTheJobMayMissShowsAsARiskAndAWarningInTheVerdict() throws IOException {
    // The job's salary, 46M to 58M, crosses a 50M minimum: some plausible versions fail it.
    ObjectNode profile = (ObjectNode) read(GRAD_SCHOOL);
    profile.putArray("gates").addObject().put("criterion", "salary").put("atLeast", 50_000_000);
    Path copy = dir.resolve("grad-school-salary-gate.json");
    JSON.writeValue(copy.toFile(), profile);

    HtmlPage page = render(exportHtml(copy, "en_US.UTF-8"));

    HtmlElement verdict = verdict(page);
    assertThat(verdict.asNormalizedText()).contains("ML engineer job now", "Careful:");
    DomNode risks = page.querySelector("section.risks");
    assertThat(risks).as("a dealbreaker risk section").isNotNull();
    assertThat(risks.querySelector("h2").asNormalizedText()).isEqualTo("Dealbreaker risk");
    List<String> items = new ArrayList<>();
    risks.querySelectorAll("li").forEach(li -> items.add(li.asNormalizedText()));
    assertThat(items)
        .anySatisfy(
            item -> assertThat(item).startsWith("ML engineer job now:").containsPattern("\\d+%"));
    assertBefore(verdict, risks);
    assertThat(page.asNormalizedText()).contains("Dealbreaker risk");
  }

  @Test
  void aHostileProfilesExportRunsNoScriptAndShowsItsTextInertInBothLanguages() throws IOException {
    for (String lang : List.of("en_US.UTF-8", "ko_KR.UTF-8")) {
      Path profile =
          java.nio.file.Files.writeString(
              dir.resolve("hostile-" + lang.substring(0, 2) + ".json"), HostileProfile.json(false));
      Path html = exportHtml(profile, lang);
      HostileProfile.assertNoRawControls("the exported file", java.nio.file.Files.readString(html), false);

      // The browser fails the test on any alert or script error (see openBrowser).
      HtmlPage page = render(html);

      for (String tag : List.of("script", "img", "a", "iframe", "object", "embed")) {
        assertThat(page.getElementsByTagName(tag)).as("<%s> elements", tag).isEmpty();
      }
      for (DomNode node : page.getHtmlElementDescendants()) {
        HtmlElement element = (HtmlElement) node;
        element.getAttributesMap().keySet().forEach(
            name -> assertThat(name).as("an attribute of <%s>", element.getTagName()).doesNotStartWith("on"));
      }
      String text = page.asNormalizedText();
      assertThat(text)
          .contains(
              "<script>alert('Title')</script><img src=x onerror=alert(1)>",
              "[win](javascript:alert(2))",
              "Option1 A " + HostileProfile.WINDOW_AND_CLEAR_SHOWN,
              "Reflection A " + HostileProfile.WINDOW_AND_CLEAR_SHOWN,
              "␛[8m␛[38;5;196m␀␁",
              "<U+009B>",
              "<U+202E>");
      assertThat(page.getTitleText()).startsWith("Title A " + HostileProfile.WINDOW_AND_CLEAR_SHOWN);
    }
  }
}
