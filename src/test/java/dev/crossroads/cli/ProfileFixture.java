package dev.crossroads.cli;

import dev.crossroads.Messages;
import dev.crossroads.decision.Decision;
import dev.crossroads.store.ProfileLock;
import dev.crossroads.store.ProfileName;
import dev.crossroads.store.ProfileStore;
import dev.crossroads.store.SaveMode;
import dev.crossroads.store.TestCodec;
import dev.crossroads.store.TestStores;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A profile store in a temp folder and a context for the commands, with scripted answers. */
final class ProfileFixture {
  final Path home;
  final List<String> questions = new ArrayList<>();
  private Optional<Boolean> answer = Optional.empty();
  private Locale locale = Locale.ENGLISH;

  ProfileFixture(Path home) {
    this.home = home;
  }

  /** Simulates a terminal where the person answers {@code yes} to every question. */
  ProfileFixture answering(boolean yes) {
    answer = Optional.of(yes);
    return this;
  }

  ProfileFixture inKorean() {
    locale = Locale.KOREAN;
    return this;
  }

  ProfileStore store() {
    return TestStores.in(home);
  }

  ProfileCommandContext context() {
    return ProfileCommandContext.of(
        this::store,
        () -> new Messages(locale),
        question -> {
          questions.add(question);
          return answer;
        },
        ZoneOffset.UTC);
  }

  Path save(String name, String title) {
    store().save(ProfileName.of(name), TestCodec.decision(title), SaveMode.REPLACE);
    return store().paths().profile(ProfileName.of(name));
  }

  Decision load(String name) {
    return store().load(ProfileName.of(name)).decision();
  }

  boolean exists(String name) {
    return store().exists(ProfileName.of(name));
  }

  ProfileLock lock(String name) {
    return ProfileLock.acquire(store().paths().lock(ProfileName.of(name)), ProfileName.of(name));
  }

  Path write(String fileName, String text) {
    try {
      Path file = home.resolve(fileName);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A damaged profile: cut off in the middle, as a crash without atomic writes would leave it. */
  Path corrupt(String name) {
    save(name, "soon broken");
    save(name, "broken");
    return write("profiles/" + name + ".json", "{\"schemaVersion\": 1, \"title\": \"bro");
  }

  Path fromTheFuture(String name) {
    return write("profiles/" + name + ".json", "{\"schemaVersion\": 9, \"title\": \"future\"}");
  }
}
