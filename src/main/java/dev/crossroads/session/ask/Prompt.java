package dev.crossroads.session.ask;

import dev.crossroads.Present;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One question as an {@link Asker} presents it: its id, the lines shown above the input, the
 * short label before the cursor, the default Enter takes, the words Tab completes, text to
 * put back in the line (a half-typed line kept when a session was stopped), and what the
 * default is when it is not the person's own ("example"), shown with it.
 */
public record Prompt(
    String id,
    List<String> lead,
    String label,
    Optional<String> defaultText,
    List<String> completions,
    String prefill,
    String defaultNote) {

  public Prompt {
    Objects.requireNonNull(id, "id");
    lead = List.copyOf(lead);
    Present.all("label", label, "defaultText", defaultText);
    completions = List.copyOf(completions);
    Present.all("prefill", prefill, "defaultNote", defaultNote);
  }

  public Prompt(
      String id,
      List<String> lead,
      String label,
      Optional<String> defaultText,
      List<String> completions,
      String prefill) {
    this(id, lead, label, defaultText, completions, prefill, "");
  }

  /**
   * The same prompt with its default marked by {@code note} ("example"), so that a figure
   * offered only as an illustration is never taken for a fact.
   */
  public Prompt withDefaultNote(String note) {
    return new Prompt(id, lead, label, defaultText, completions, prefill, note);
  }

  public Prompt withPrefill(String text) {
    return new Prompt(id, lead, label, defaultText, completions, text, defaultNote);
  }

  public Prompt withoutLead() {
    return new Prompt(id, List.of(), label, defaultText, completions, prefill, defaultNote);
  }
}
