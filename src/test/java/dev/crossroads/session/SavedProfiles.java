package dev.crossroads.session;

import dev.crossroads.ExitCode;
import dev.crossroads.Failure;
import dev.crossroads.Message;
import dev.crossroads.decision.Decision;
import dev.crossroads.store.Profile;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** A profile saver that keeps profiles in memory, refusing a name twice like the real one. */
final class SavedProfiles implements ProfileSaver {
  final Map<String, Decision> saved = new LinkedHashMap<>();
  final Map<String, Profile> profiles = new LinkedHashMap<>();

  @Override
  public Path save(Profile profile, String name) {
    if (saved.containsKey(name)) {
      throw new Failure(ExitCode.CANT_CREATE, Message.of("session.save.exists", name));
    }
    saved.put(name, profile.decision());
    profiles.put(name, profile);
    return Path.of("/profiles", name + ".json");
  }
}
