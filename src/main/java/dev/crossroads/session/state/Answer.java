package dev.crossroads.session.state;

import java.util.List;
import java.util.Objects;

/** What a question was answered with: one piece of text, or a list (options, a ranking). */
public sealed interface Answer permits Answer.Text, Answer.Items {

  static Answer text(String value) {
    return new Text(value);
  }

  static Answer items(List<String> values) {
    return new Items(values);
  }

  /** One piece of text, exactly as it will be replayed. */
  record Text(String value) implements Answer {
    public Text {
      Objects.requireNonNull(value, "value");
    }
  }

  /** An ordered list of texts. */
  record Items(List<String> values) implements Answer {
    public Items {
      values = List.copyOf(values);
    }
  }
}
