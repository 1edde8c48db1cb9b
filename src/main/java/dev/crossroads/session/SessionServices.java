package dev.crossroads.session;

import dev.crossroads.session.question.Catalogue;

import java.util.Objects;

/**
 * What a session needs from the rest of the program: the templates, the analysis for the
 * summary screen, and somewhere to save the profile.
 */
public record SessionServices(Catalogue catalogue, Summarizer summarizer, ProfileSaver saver) {
  public SessionServices {
    Objects.requireNonNull(catalogue, "catalogue");
    Objects.requireNonNull(summarizer, "summarizer");
    Objects.requireNonNull(saver, "saver");
  }
}
