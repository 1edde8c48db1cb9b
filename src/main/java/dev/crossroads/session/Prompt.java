package dev.crossroads.session;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One question as an {@link Asker} presents it: its id, the lines shown above the input, the
 * short label before the cursor, the default Enter takes, the words Tab completes, and text to
 * put back in the line (what was typed before a rejected answer).
 */
public record Prompt(
    String id,
    List<String> lead,
    String label,
    Optional<String> defaultText,
    List<String> completions,
    String prefill) {

  public Prompt {
    Objects.requireNonNull(id, "id");
    lead = List.copyOf(lead);
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(defaultText, "defaultText");
    completions = List.copyOf(completions);
    Objects.requireNonNull(prefill, "prefill");
  }

  public Prompt withPrefill(String text) {
    return new Prompt(id, lead, label, defaultText, completions, text);
  }

  public Prompt withoutLead() {
    return new Prompt(id, List.of(), label, defaultText, completions, prefill);
  }
}
