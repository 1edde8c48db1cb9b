package dev.crossroads.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Asks the person a yes/no question before something that cannot be undone. Without a terminal
 * there is nobody to ask, and commands refuse rather than guess.
 */
@FunctionalInterface
public interface Confirmation {

  /** The answer, or empty when there is no terminal to ask on. */
  Optional<Boolean> ask(String question);

  /** For runs without a terminal (pipes, scripts, tests). */
  static Confirmation unavailable() {
    return question -> Optional.empty();
  }

  /**
   * Asks on the process's terminal when there is one (standard input and output both a
   * terminal); otherwise (pipes, scripts, {@code CROSSROADS_NO_TTY} set) there is nobody to ask.
   */
  static Confirmation forProcess(AppContext app) {
    if (!app.terminal().interactive()) {
      return unavailable();
    }
    return new LineConfirmation(
        new BufferedReader(new InputStreamReader(app.in(), StandardCharsets.UTF_8)), app.out());
  }

  /** True for the answers people type to mean yes, in English or Korean. */
  static boolean isYes(String answer) {
    String a = answer.strip().toLowerCase(Locale.ROOT);
    return Set.of("y", "yes", "예", "네", "응", "ㅇ").contains(a);
  }
}
