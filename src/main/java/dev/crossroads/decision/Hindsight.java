package dev.crossroads.decision;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How the chance the summary gave its first option looks once the person knows how things went:
 * the one judgement that tells, over several decisions, whether the model's certainty can be
 * trusted.
 */
public enum Hindsight {
  TOO_SURE,
  ABOUT_RIGHT,
  NOT_SURE_ENOUGH;

  /** The name files use: "too-sure", "about-right", "not-sure-enough". */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Optional<Hindsight> ofId(String id) {
    return Arrays.stream(values()).filter(h -> h.id().equals(id)).findFirst();
  }
}
