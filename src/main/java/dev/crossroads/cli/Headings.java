package dev.crossroads.cli;

import dev.crossroads.Messages;
import java.util.List;
import java.util.stream.Stream;

/** A table's column headings: the message of each key, in the reader's language. */
final class Headings {
  private Headings() {}

  static List<String> of(Messages messages, String... keys) {
    return Stream.of(keys).map(key -> messages.get(key)).toList();
  }
}
