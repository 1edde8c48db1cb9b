package dev.crossroads.session;

import dev.crossroads.session.edit.EditTarget;
import dev.crossroads.session.state.EditOrigin;

import dev.crossroads.Problem;
import dev.crossroads.Message;
import dev.crossroads.decision.Decision;
import dev.crossroads.store.Profile;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A profile saver that keeps profiles in memory, refusing a name twice like the real one; an edit
 * replaces only the version it started from.
 */
final class SavedProfiles implements ProfileSaver {
  final Map<String, Decision> saved = new LinkedHashMap<>();
  final Map<String, Profile> profiles = new LinkedHashMap<>();
  private final Map<String, Profile> snapshots = new LinkedHashMap<>();

  @Override
  public Path save(Profile profile, String name) {
    if (saved.containsKey(name)) {
      throw new Problem(Problem.Kind.CANNOT_CREATE, Message.of("session.save.exists", name));
    }
    saved.put(name, profile.decision());
    profiles.put(name, profile);
    return Path.of("/profiles", name + ".json");
  }

  @Override
  public EditTarget open(String name) {
    Profile p = profiles.get(name);
    if (p == null) {
      throw new Problem(Problem.Kind.MISSING, Message.of("profiles.notFound", name));
    }
    String snapshot = "snapshot-" + snapshots.size();
    snapshots.put(snapshot, p);
    return new EditTarget(new EditOrigin(name, fingerprint(p), snapshot), p);
  }

  @Override
  public EditTarget restore(EditOrigin origin) {
    return new EditTarget(origin, snapshots.get(origin.snapshot()));
  }

  @Override
  public Path replace(EditOrigin origin, Profile profile) {
    Profile current = profiles.get(origin.name());
    if (current != null && !fingerprint(current).equals(origin.fingerprint())) {
      throw new Problem(Problem.Kind.BUSY, Message.of("session.edit.changed", origin.name()));
    }
    saved.put(origin.name(), profile.decision());
    profiles.put(origin.name(), profile);
    return Path.of("/profiles", origin.name() + ".json");
  }

  static String fingerprint(Profile p) {
    return Integer.toHexString(p.hashCode());
  }
}
