package dev.crossroads.session;

import dev.crossroads.questions.TemplateSources;
import dev.crossroads.store.ProfileWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** The services a real session uses: the question bank, the summary, the profile store. */
final class StandardServices {
  private StandardServices() {}

  static SessionServices create(Optional<Path> home, Map<String, String> env) {
    return new SessionServices(
        new BankCatalogue(TemplateSources.from(env, Optional.empty())),
        new WeightedSumSummary(),
        new FileProfileSaver(FileProfileSaver.directory(home, env), decision -> new ProfileWriter().toBytes(decision)));
  }
}
