package dev.crossroads.report;

import dev.crossroads.Messages;
import java.util.List;

/**
 * A report model laid out for a terminal: each text renderer says what goes on its {@link
 * TextPage}, in the person's language, and every one turns its page into text the same way.
 */
abstract class TextRenderer<T> {
  static final String INDENT = TextPage.INDENT;

  final Messages messages;
  final TextStyle style;

  TextRenderer(Messages messages, TextStyle style) {
    this.messages = messages;
    this.style = style;
  }

  /** The page as the terminal receives it. */
  public final String render(T model) {
    return TextPage.text(lines(model));
  }

  /** The page's lines, none wider than the style's width by display width. */
  public final List<String> lines(T model) {
    TextPage page = new TextPage(style);
    layOut(page, model);
    return page.lines();
  }

  abstract void layOut(TextPage page, T model);

  /** The texts of {@code keys} in the person's language, in order: a table's column names. */
  List<String> texts(List<String> keys) {
    return keys.stream().map(key -> messages.get(key)).toList();
  }
}
