package dev.crossroads.report;

import dev.crossroads.DisplayWidth;
import java.util.ArrayList;
import java.util.List;

/**
 * A terminal page as a text renderer lays it out, line by line: the pieces every page shares (a
 * title over its rule, headings, paragraphs, bullets, tables with a faint header), each wrapped to
 * the style's width by display width and styled by it. A renderer says what goes on its page;
 * how a heading or a bullet looks is decided here once.
 */
final class TextPage {
  static final String INDENT = "  ";

  private final TextStyle style;
  private final List<String> lines = new ArrayList<>();

  TextPage(TextStyle style) {
    this.style = style;
  }

  /** {@code lines} as the text a terminal receives: one line each, the last one ended too. */
  static String text(List<String> lines) {
    return String.join("\n", lines) + "\n";
  }

  /** The display width of the widest of {@code lines}; 0 for none. */
  static int widest(List<String> lines) {
    return lines.stream().mapToInt(DisplayWidth::of).max().orElse(0);
  }

  int width() {
    return style.width();
  }

  /** {@code text} wrapped to the width, the first line after {@code first}, the rest after {@code rest}. */
  List<String> wrap(String text, String first, String rest) {
    return Wrap.lines(text, style.width(), first, rest);
  }

  /** A title, wrapped, its first line in bold; returns its lines. A {@link #rule} goes under it. */
  List<String> title(String text) {
    List<String> wrapped = wrap(text, "", "");
    for (int i = 0; i < wrapped.size(); i++) {
      lines.add(i == 0 ? style.bold(wrapped.get(i)) : wrapped.get(i));
    }
    return wrapped;
  }

  /** The rule under a title {@code measured} columns wide ({@link TextStyle#titleRule}). */
  void rule(int measured) {
    lines.add(style.titleRule(measured));
  }

  /** A blank line, then {@code text} in bold, wrapped with its later lines indented. */
  void heading(String text) {
    lines.add("");
    wrap(text, "", INDENT).forEach(line -> lines.add(style.bold(line)));
  }

  /** A paragraph under a heading: indented, every line. */
  void paragraph(String text) {
    lines.addAll(wrap(text, INDENT, INDENT));
  }

  /** One item of a list: a dash, and its later lines under the item's first word. */
  void bullet(String item) {
    lines.addAll(wrap(item, INDENT + "- ", INDENT + "  "));
  }

  void bullets(List<String> items) {
    items.forEach(this::bullet);
  }

  /** A rendered table, its header line faint. */
  void table(List<String> rendered) {
    for (int i = 0; i < rendered.size(); i++) {
      lines.add(i == 0 ? style.dim(rendered.get(i)) : rendered.get(i));
    }
  }

  void add(String line) {
    lines.add(line);
  }

  void addAll(List<String> more) {
    lines.addAll(more);
  }

  List<String> lines() {
    return lines;
  }
}
