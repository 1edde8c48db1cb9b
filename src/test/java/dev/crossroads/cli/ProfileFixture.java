package dev.crossroads.cli;

import dev.crossroads.Messages;
import dev.crossroads.decision.Decision;
import dev.crossroads.store.ProfileLock;
import dev.crossroads.store.ProfileName;
import dev.crossroads.store.ProfileStore;
import dev.crossroads.store.SaveMode;
import dev.crossroads.store.ProfileCodec;
import dev.crossroads.store.TestProfiles;
import dev.crossroads.store.TestStores;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine;

/** A profile store in a temp folder and a context for the commands, with scripted answers. */
final class ProfileFixture {
  final Path home;
  final List<String> questions = new ArrayList<>();
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

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



  /**
   * Runs a command built on this fixture's store and answers, with captured streams and the
   * same failure handling as the real command line ({@link Main#report}).
   */
  SubcommandRun run(Function<ProfileCommandContext, Object> command, String... args) {
    return execute(
        app ->
            command.apply(
                new ProfileCommandContext(
                    app,
                    homeOption -> store(),
                    question -> {
                      questions.add(question);
                      return answer;
                    },
                    decision -> ProfileCommandContext.NO_WINNER,
                    List.of())),
        Map.of(),
        args);
  }

  /** Runs a command as the process builds it, from the environment alone. */
  SubcommandRun runAsProcess(
      Function<ProfileCommandContext, Object> command, Map<String, String> env, String... args) {
    return execute(app -> command.apply(ProfileCommandContext.from(app)), env, args);
  }

  private SubcommandRun execute(
      Function<AppContext, Object> command, Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintWriter outWriter = new PrintWriter(out, true);
    PrintWriter errWriter = new PrintWriter(err, true);
    AppContext app =
        new AppContext(
            new ByteArrayInputStream(new byte[0]),
            outWriter,
            errWriter,
            env,
            CLOCK,
            new Messages(locale),
            false,
            false);
    int exit =
        new CommandLine(command.apply(app))
            .setOut(outWriter)
            .setErr(errWriter)
            .setExecutionExceptionHandler((e, commandLine, parsed) -> Main.report(app, e))
            .execute(args);
    // Errors wrap at 80 columns with indented continuations; read each as one line again.
    return new SubcommandRun(exit, out.toString(), err.toString().replace("\n  ", " "));
  }

  Path save(String name, String title) {
    store().save(ProfileName.of(name), TestProfiles.decision(title), SaveMode.REPLACE);
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
