package dev.crossroads.questions;

import dev.crossroads.Present;
import dev.crossroads.decision.Option;

/** A default option a template offers, such as "Master's in Korea". */
public record OptionTemplate(String id, LocalizedText label) {
  public OptionTemplate {
    Present.all("id", id, "label", label);
  }

  public Option toOption(String language) {
    return new Option(id, label.in(language));
  }
}
