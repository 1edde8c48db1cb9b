package dev.crossroads.questions;

import dev.crossroads.decision.Option;
import java.util.Objects;

/** A default option a template offers, such as "Master's in Korea". */
public record OptionTemplate(String id, LocalizedText label) {
  public OptionTemplate {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
  }

  public Option toOption(String language) {
    return new Option(id, label.in(language));
  }
}
