package dev.crossroads.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile text put through {@link MarkdownText} and then through a real CommonMark parser with
 * GitHub's tables, which passes raw HTML through as most blog and wiki renderers do: every piece
 * must come out as the same text it went in as, never as a tag, a link, an image or a block.
 */
class MarkdownTextTest {
  private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
  private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(EXTENSIONS).build();

  static List<String> hostile() {
    return List.of(
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<a href=\"javascript:alert(1)\">click</a>",
        "[click](javascript:alert(1))",
        "![x](https://evil.example/x.png)",
        "<https://evil.example>",
        "[ref]: javascript:alert(1)",
        "[click][ref]",
        "&lt;script&gt; &amp; &#60;",
        "# not a heading",
        "###### nor this",
        "- not a list",
        "+ nor this",
        "1. nor this",
        "12) nor this",
        "> not a quote",
        "---",
        "===",
        "- - -",
        "| a | b |",
        "`code` ``more``",
        "*em* _em_ **strong** ~~struck~~",
        "ends with a backslash \\",
        "    indented like code",
        "석사 <b>과정</b> [링크](http://x)",
        "100% sure, 2 < 3 > 1, C# and R&D");
  }

  private static String html(String markdown) {
    return HTML.render(PARSER.parse(markdown));
  }

  /** Text as the HTML renderer writes a text node, for comparing with what it rendered. */
  private static String textNode(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void aParagraphShowsTheTextAsWritten(String text) {
    assertThat(html(MarkdownText.inline(text))).isEqualTo("<p>" + textNode(text.strip()) + "</p>\n");
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void aHeadingAListItemAndATableCellShowTheTextAsWritten(String text) {
    String shown = textNode(text.strip());
    assertThat(html("# " + MarkdownText.inline(text))).isEqualTo("<h1>" + shown + "</h1>\n");
    assertThat(html("- " + MarkdownText.inline(text)))
        .isEqualTo("<ul>\n<li>" + shown + "</li>\n</ul>\n");
    assertThat(html("| h |\n|---|\n| " + MarkdownText.inline(text) + " |\n"))
        .contains("<td>" + shown + "</td>")
        .doesNotContain("<td></td>");
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void aLineInAQuoteShowsTheTextAsWritten(String text) {
    assertThat(html("> first\n> " + MarkdownText.inline(text)))
        .isEqualTo("<blockquote>\n<p>first\n" + textNode(text.strip()) + "</p>\n</blockquote>\n");
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void aFencedBlockKeepsTheTextVerbatimAndCannotBeClosedFromInside(String text) {
    String content = "```\n" + text + "\n````` after\n";
    assertThat(html(MarkdownText.fenced("text", content)))
        .isEqualTo("<pre><code class=\"language-text\">" + textNode(content) + "</code></pre>\n");
  }

  @Test
  void bareWebAddressesAreBrokenForGitHubsAutolinkerButReadTheSame() {
    assertThat(MarkdownText.inline("see https://evil.example and WWW.evil.example"))
        .isEqualTo("see https:\\/\\/evil.example and WWW\\.evil.example");
    assertThat(html(MarkdownText.inline("see https://evil.example")))
        .isEqualTo("<p>see https://evil.example</p>\n");
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void lineBreaksAndTerminalControlsCannotEscapeTheLine(String text) {
    String inline = MarkdownText.inline("a\n" + text + "\r\u001b[2J\u202e");
    assertThat(inline).doesNotContain("\n", "\r", "\u001b", "\u202e");
    assertThat(html(inline)).startsWith("<p>a ").endsWith("␍␛[2J&lt;U+202E&gt;</p>\n");
  }
}
