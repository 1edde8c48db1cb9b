package dev.crossroads.decision;

import dev.crossroads.Present;

/** One path the person could take, such as "Master's in Korea". */
public record Option(String id, String label) {
  public Option {
    Present.all("id", id, "label", label);
  }
}
