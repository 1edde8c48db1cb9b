package dev.crossroads.questions;

import dev.crossroads.Present;

/** A piece of template text in English and Korean, each written for its own readers. */
public record LocalizedText(String en, String ko) {
  public LocalizedText {
    Present.all("en", en, "ko", ko);
  }

  /** The text in {@code language} ("en" or "ko"); English for any other language or a blank. */
  public String in(String language) {
    return "ko".equals(language) && !ko.isBlank() ? ko : en;
  }
}
