package dev.crossroads.decision;

import java.util.Objects;

/** One path the person could take, such as "Master's in Korea". */
public record Option(String id, String label) {
  public Option {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
  }
}
