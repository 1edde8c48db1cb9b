package dev.crossroads.report;

import dev.crossroads.TerminalText;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text from a profile made inert in Markdown: it reads as written and never becomes markup. An
 * exported report is pasted into blogs and wikis, whose renderers pass raw HTML through, so a
 * label such as {@code <img src=x onerror=...>} would run there, and {@code [win](javascript:...)}
 * or a bare address would become a link. Terminal controls are cleaned first ({@link
 * TerminalText}), since Markdown is printed to terminals too.
 *
 * <p>Angle brackets and ampersands become entities rather than backslash escapes: every Markdown
 * dialect, old or new, shows an entity as the character and none reads it as a tag. Everything
 * else uses CommonMark's backslash escapes.
 */
public final class MarkdownText {
  /** Characters that are markup anywhere in a line: code, emphasis, links, tables, strikes. */
  private static final String ESCAPED = "\\`*_[]|~";
  /** A line start that would make a heading, a list item, a rule or a heading's underline. */
  private static final Pattern BLOCK_START =
      Pattern.compile("^(?:#|[-+](?=\\s|$)|[-=](?=[-=\\s]*$)|(\\d{1,9})[.)](?=\\s|$))");
  /** Bare addresses that GitHub-flavoured renderers turn into links of their own accord. */
  private static final Pattern BARE_LINK = Pattern.compile("(?i)(://|www\\.)");

  private MarkdownText() {}

  /**
   * One line of text for a heading, a table cell, a list item or a paragraph: line breaks and
   * tabs become spaces (a cell or a heading has one line), and the result is escaped so that it
   * shows as written wherever in a line it is put.
   */
  public static String inline(String text) {
    String flat = TerminalText.line(text).strip();
    StringBuilder out = new StringBuilder(flat.length() + 8);
    for (int i = 0; i < flat.length(); i++) {
      char c = flat.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        default -> {
          if (ESCAPED.indexOf(c) >= 0) {
            out.append('\\');
          }
          out.append(c);
        }
      }
    }
    String escaped = blockStart(out.toString());
    Matcher link = BARE_LINK.matcher(escaped);
    // "http:\/\/" and "www\." read the same once rendered but no longer match an autolink.
    return link.replaceAll(
        m ->
            Matcher.quoteReplacement(
                m.group(1).equals("://") ? ":\\/\\/" : m.group(1).substring(0, 3) + "\\."));
  }

  /** {@link #inline} for each of {@code texts}. */
  public static List<String> inline(List<String> texts) {
    return texts.stream().map(MarkdownText::inline).toList();
  }

  /** A table row of cells already in Markdown (made inert, or figures). */
  public static String row(List<String> cells) {
    return "| " + String.join(" | ", cells) + " |";
  }

  /**
   * {@code content} kept exactly as laid out, in a fenced code block: nothing inside a fence is
   * markup. The fence is longer than any run of backticks in the content, so no line of it can
   * close the block early.
   */
  public static String fenced(String info, String content) {
    String clean = TerminalText.clean(content);
    int longest = 0;
    int run = 0;
    for (int i = 0; i < clean.length(); i++) {
      run = clean.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(Math.max(3, longest + 1));
    return fence + info + "\n" + clean + (clean.endsWith("\n") ? "" : "\n") + fence + "\n";
  }

  private static String blockStart(String line) {
    Matcher m = BLOCK_START.matcher(line);
    if (!m.find()) {
      return line;
    }
    // An ordered list marker is the number and its dot: the dot is what gets escaped.
    int at = m.group(1) == null ? 0 : m.end(1);
    return line.substring(0, at) + "\\" + line.substring(at);
  }
}
