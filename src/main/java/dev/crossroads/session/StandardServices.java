package dev.crossroads.session;

import dev.crossroads.session.question.BankCatalogue;

import dev.crossroads.questions.TemplateSources;
import dev.crossroads.store.ProfilePaths;
import dev.crossroads.store.ProfileStore;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** The services a real session uses: the question bank, the summary, the profile store. */
public final class StandardServices {
  private StandardServices() {}

  /** The standard services with the given summary screen (the command line passes the full analysis). */
  public static SessionServices create(
      Optional<Path> home, Map<String, String> env, Summarizer summarizer) {
    return new SessionServices(
        new BankCatalogue(TemplateSources.from(env, Optional.empty())),
        summarizer,
        new StoreProfileSaver(
            ProfileStore.open(
                ProfilePaths.resolve(
                    home,
                    env,
                    Path.of(env.getOrDefault("HOME", System.getProperty("user.home")))))));
  }
}
