package dev.crossroads.session.question;

import dev.crossroads.session.ask.Prompt;
import dev.crossroads.session.state.Answer;
import dev.crossroads.session.state.Section;

import java.util.List;

/**
 * One step of the session. A question builds its prompt from the context, reads a typed line or
 * a value from an answers file, and says whether that answers it. It never prints or stores
 * anything itself: the {@link Session} does.
 */
public interface Question {

  String id();

  Section section();

  /** A short name for the review screen ("Rating · Growth · Master's"). */
  String title(Context ctx);

  Prompt prompt(Context ctx);

  /** The lines {@code ?} shows: what is asked, what the ends of a scale mean, an example. */
  List<String> help(Context ctx);

  /** A typed line, stripped; when it was empty the session has put the default in already. */
  Outcome typed(String line, Context ctx);

  /** A value from an answers file. */
  default Outcome given(Answer answer, Context ctx) {
    if (answer instanceof Answer.Text t) {
      return typed(t.value().strip(), ctx);
    }
    return typed(String.join(", ", ((Answer.Items) answer).values()), ctx);
  }

  /** The answer as one line for the review screen. */
  default String shown(Answer answer, Context ctx) {
    if (answer instanceof Answer.Text t) {
      return t.value().isBlank() ? ctx.messages().ours("—") : t.value();
    }
    return String.join(", ", ((Answer.Items) answer).values());
  }

  /** True when a second {@code ?} in a row means "don't know" rather than help again. */
  default boolean takesDontKnow() {
    return false;
  }

  /** Feedback shown right after an answer was taken (live consistency of pairwise judgements). */
  default List<String> after(Context ctx) {
    return List.of();
  }
}
