package dev.crossroads.session.question;

import dev.crossroads.Present;
import dev.crossroads.session.ask.Layout;
import dev.crossroads.session.ask.Prompt;
import dev.crossroads.session.state.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a question knows from the moment it is made: its id, its section, and the key its texts
 * are found under ({@code key.title}, {@code key.ask}, {@code key.label}, {@code key.help}), so
 * that each question says only how it differs from the others.
 */
abstract class KeyedQuestion implements Question {
  private final String id;
  private final Section section;
  private final String key;

  KeyedQuestion(String id, Section section, String key) {
    Present.all("id", id, "section", section, "key", key);
    this.id = id;
    this.section = section;
    this.key = key;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Section section() {
    return section;
  }

  /** {@code key.title}; a question whose title names what it asks about says so itself. */
  @Override
  public String title(Context ctx) {
    return text(ctx, "title");
  }

  /** {@code key.help}; a question with more to say says it itself. */
  @Override
  public List<String> help(Context ctx) {
    return List.of(text(ctx, "help"));
  }

  /** The text at {@code key.part}. */
  final String text(Context ctx, String part, Object... args) {
    return ctx.t(key(part), args);
  }

  /** {@code key.part}: the message key of one of this question's texts. */
  final String key(String part) {
    return key + "." + part;
  }

  /** {@code key.ask}, then {@code items} numbered from 1, as a list to pick from is shown. */
  final List<String> numbered(Context ctx, List<String> items, Object... askArgs) {
    List<String> lead = new ArrayList<>();
    lead.add(text(ctx, "ask", askArgs));
    for (int i = 0; i < items.size(); i++) {
      lead.add(Layout.numbered(i + 1, items.size(), items.get(i)));
    }
    return lead;
  }

  /** This question's prompt, with {@code key.label} before the cursor. */
  final Prompt prompt(Context ctx, List<String> lead, Optional<String> def, List<String> words) {
    return new Prompt(id, lead, text(ctx, "label"), def, words, "");
  }
}
