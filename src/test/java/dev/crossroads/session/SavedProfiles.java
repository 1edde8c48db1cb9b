package dev.crossroads.session;

import dev.crossroads.ExitCode;
import dev.crossroads.Failure;
import dev.crossroads.Message;
import dev.crossroads.decision.Decision;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** A profile saver that keeps decisions in memory, refusing a name twice like the real one. */
final class SavedProfiles implements ProfileSaver {
  final Map<String, Decision> saved = new LinkedHashMap<>();

  @Override
  public Path save(Decision decision, String name) {
    if (saved.containsKey(name)) {
      throw new Failure(ExitCode.CANT_CREATE, Message.of("session.save.exists", name));
    }
    saved.put(name, decision);
    return Path.of("/profiles", name + ".json");
  }
}
