package dev.crossroads.session;

import dev.crossroads.session.edit.EditTarget;
import dev.crossroads.session.state.EditOrigin;

import dev.crossroads.Problem;
import dev.crossroads.Message;
import dev.crossroads.store.Profile;
import dev.crossroads.store.ProfileName;
import dev.crossroads.store.ProfileStore;
import dev.crossroads.store.SaveMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Saves the finished decision, with its money plan, through the profile store, so a session's
 * profile gets the same name checks, lock, atomic write and backups as every other write. A new
 * decision never replaces an existing profile: the store refuses and the session asks for another
 * name. An edit replaces the profile it started from, unless someone else saved it meanwhile.
 */
public final class StoreProfileSaver implements ProfileSaver {
  private final ProfileStore store;

  StoreProfileSaver(ProfileStore store) {
    this.store = store;
  }

  @Override
  public Path save(Profile profile, String name) {
    ProfileName profileName = ProfileName.of(name);
    store.save(profileName, profile, SaveMode.CREATE);
    return store.paths().profile(profileName);
  }

  @Override
  public EditTarget open(String name) {
    Profile profile = store.load(ProfileName.of(name)).profile();
    String snapshot = store.codec().toJson(profile);
    return new EditTarget(new EditOrigin(name, digest(snapshot), snapshot), profile);
  }

  @Override
  public EditTarget restore(EditOrigin origin) {
    return new EditTarget(origin, store.codec().parseProfile(origin.snapshot(), origin.name()));
  }

  @Override
  public Path replace(EditOrigin origin, Profile profile) {
    ProfileName name = ProfileName.of(origin.name());
    if (!store.exists(name)) {
      store.save(name, profile, SaveMode.CREATE);
    } else {
      store.change(name, current -> {
        if (!fingerprint(current).equals(origin.fingerprint())) {
          throw new Problem(Problem.Kind.BUSY, Message.of("session.edit.changed", name.value()));
        }
        return profile;
      });
    }
    return store.paths().profile(name);
  }

  /**
   * A digest of the profile as this build writes it, so two reads of the same content agree even
   * when the file was written by an older version.
   */
  private String fingerprint(Profile profile) {
    return digest(store.codec().toJson(profile));
  }

  private static String digest(String json) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(json.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
