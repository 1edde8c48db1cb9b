package dev.crossroads.session;

import dev.crossroads.Present;
import dev.crossroads.session.question.Catalogue;


/**
 * What a session needs from the rest of the program: the templates, the analysis for the
 * summary screen, and somewhere to save the profile.
 */
public record SessionServices(Catalogue catalogue, Summarizer summarizer, ProfileSaver saver) {
  public SessionServices {
    Present.all("catalogue", catalogue, "summarizer", summarizer, "saver", saver);
  }
}
