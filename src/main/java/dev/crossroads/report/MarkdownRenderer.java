package dev.crossroads.report;

import dev.crossroads.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * A report model as Markdown, in the person's language: each Markdown renderer writes its lines,
 * and every one shares the table rows and the escaping of text from a profile ({@link
 * MarkdownText}).
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

  /** A table row of cells already in Markdown. */
  static String row(List<String> cells) {
    return "| " + String.join(" | ", cells) + " |";
  }

  /** Texts from a profile or a bundle, each made inert ({@link MarkdownText#inline}). */
  static List<String> inert(List<String> texts) {
    return texts.stream().map(MarkdownText::inline).toList();
  }
}
