package dev.crossroads.report;

import dev.crossroads.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * A report model as Markdown, in the person's language: each Markdown renderer writes its lines
 * (text from a profile made inert by {@link MarkdownText}), and every one ends its document the
 * same way.
 */
abstract class MarkdownRenderer<T> {
  final Messages messages;

  MarkdownRenderer(Messages messages) {
    this.messages = messages;
  }

  /** The document, ended by a newline. */
  public final String render(T model) {
    List<String> out = new ArrayList<>();
    write(out, model);
    return String.join("\n", out) + "\n";
  }

  abstract void write(List<String> out, T model);

  /** The texts of {@code keys} in the person's language, in order: a table's column names. */
  List<String> texts(List<String> keys) {
    return keys.stream().map(key -> messages.get(key)).toList();
  }
}
