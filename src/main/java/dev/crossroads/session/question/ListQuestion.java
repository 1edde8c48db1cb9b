package dev.crossroads.session.question;

import dev.crossroads.session.state.Answer;
import dev.crossroads.session.state.Section;

import dev.crossroads.decision.Limits;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A list edited a line at a time (the options, the criteria) by {@link EditCommand}s, kept when
 * Enter is pressed: between {@code min} and {@code max} entries ({@code key.tooFew},
 * {@code key.tooMany}), each name short enough for a profile. What a typed name becomes is
 * each list's own.
 */
abstract class ListQuestion extends KeyedQuestion {
  private final int min;
  private final int max;

  ListQuestion(String id, Section section, String key, int min, int max) {
    super(id, section, key);
    this.min = min;
    this.max = max;
  }

  /** The entries as the list stands. */
  abstract List<String> entries(Context ctx);

  /** The line as a command; a list may take words of its own first. */
  EditCommand command(String line, Context ctx) {
    return EditCommand.parse(line);
  }

  /** {@code entries} with {@code typed} added, or why it cannot be. */
  abstract Outcome add(List<String> entries, String typed, Context ctx);

  /** {@code entries} with the one at {@code index} (0 for the first) renamed, or why not. */
  abstract Outcome rename(List<String> entries, int index, String typed, Context ctx);

  @Override
  public final Outcome typed(String line, Context ctx) {
    List<String> entries = new ArrayList<>(entries(ctx));
    EditCommand c = command(line, ctx);
    if (c.text().length() > Limits.MAX_LABEL) {
      // A profile keeps labels of at most this length; refusing here says so while it can be fixed.
      return Outcome.invalid("session.text.tooLong", Limits.MAX_LABEL);
    }
    switch (c.kind()) {
      case DONE:
        return counted(entries).orElse(new Outcome.Done(Answer.items(entries)));
      case ADD:
        return entries.size() >= max ? Outcome.invalid(key("tooMany"), max)
            : add(entries, c.text(), ctx);
      case REMOVE:
      case EDIT:
        if (c.index() < 1 || c.index() > entries.size()) {
          return Outcome.invalid("session.pick.range", 1, entries.size());
        }
        if (c.kind() == EditCommand.Kind.EDIT) {
          return rename(entries, c.index() - 1, c.text(), ctx);
        }
        entries.remove(c.index() - 1);
        return new Outcome.Working(Answer.items(entries));
      default:
        return Outcome.invalid(key("badCommand"));
    }
  }

  /**
   * The names an answers file gives for the whole list: its items, or one line split at any of
   * {@code separators}; each stripped, blank ones dropped.
   */
  static List<String> names(Answer answer, String separators) {
    List<String> raw = answer instanceof Answer.Items i
        ? i.values()
        : List.of(((Answer.Text) answer).value().split("\\s*[" + separators + "]\\s*"));
    return raw.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** Why {@code entries} cannot be kept as the whole list: too few or too many. */
  final Optional<Outcome> counted(List<String> entries) {
    if (entries.size() < min) {
      return Optional.of(Outcome.invalid(key("tooFew"), min));
    }
    if (entries.size() > max) {
      return Optional.of(Outcome.invalid(key("tooMany"), max));
    }
    return Optional.empty();
  }
}
