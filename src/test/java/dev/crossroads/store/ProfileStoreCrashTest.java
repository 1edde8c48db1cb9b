package dev.crossroads.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a saving process with SIGKILL again and again, at random moments, and checks after each
 * kill that the profile still reads, holds the last version whose save had returned (or the one
 * being written), and that every backup reads too, newest first. Two lanes, each with its own
 * folder, run side by side: starting a JVM is most of the cost, and there are two cores.
 */
class ProfileStoreCrashTest {
  private static final int LANES = 2;
  /** 100 per lane, 200 in all; {@code -Dcrossroads.crashKillsPerLane=N} to change. */
  private static final int KILLS_PER_LANE =
      Integer.getInteger("crossroads.crashKillsPerLane", 100);
  private static final long SEED = 20261125L;

  @TempDir Path home;

  @Test
  void killingAWriterAtRandomMomentsNeverLeavesAnUnreadableOrOlderProfile() throws Exception {
    ExecutorService lanes = Executors.newFixedThreadPool(LANES);
    try {
      List<Future<Long>> results = new ArrayList<>();
      for (int lane = 0; lane < LANES; lane++) {
        int number = lane;
        results.add(lanes.submit(() -> runLane(number)));
      }
      for (Future<Long> result : results) {
        assertThat(result.get()).as("the writers made progress").isGreaterThan(KILLS_PER_LANE);
      }
    } finally {
      lanes.shutdownNow();
    }
  }

  /** Returns the last version the profile held. */
  private long runLane(int lane) throws Exception {
    Path profiles = home.resolve("lane" + lane).resolve("profiles");
    // The writer's codec reads titles only, and refuses any text that is not exactly what it
    // writes, so a torn or mixed file cannot pass; JSON checks each file as well.
    ProfileStore store = new ProfileStore(new ProfilePaths(profiles), new CrashWriter.TitleCodec());
    ProfileDecoder decoder =
        new ProfileDecoder(new CrashWriter.TitleCodec(), SchemaMigration.standard());
    ObjectMapper json = new ObjectMapper();
    SplittableRandom random = new SplittableRandom(SEED + lane);
    long next = 1;
    long lastSeen = 0;
    for (int kill = 1; kill <= KILLS_PER_LANE; kill++) {
      String context =
          "seed " + (SEED + lane) + ", lane " + lane + ", kill " + kill + ", writer from v" + next;
      // The writer's output goes to a file: killing a process closes our end of its pipe, and
      // lines still in the pipe would be lost.
      Path log = home.resolve("writer-" + lane + ".log");
      Process writer =
          JavaProcess.builder(CrashWriter.class, profiles.toString(), Long.toString(next))
              .redirectOutput(log.toFile())
              .start();
      try {
        waitForFirstSave(writer, log, context);
        // Kill somewhere in the following saves: mid-write, mid-rename, mid-backup.
        Thread.sleep(random.nextInt(0, 25));
      } finally {
        writer.destroyForcibly();
        assertThat(writer.waitFor(30, TimeUnit.SECONDS)).as(context).isTrue();
      }
      long confirmed = 0;
      for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
        if (line.matches("saved \\d+")) {
          confirmed = Long.parseLong(line.substring(6));
        }
      }

      StoredProfile profile;
      try {
        profile = store.load(CrashWriter.NAME);
      } catch (RuntimeException e) {
        throw new AssertionError(context + ": the profile does not read after the kill", e);
      }
      json.readTree(Files.readString(profile.file(), StandardCharsets.UTF_8));
      long current = CrashWriter.version(profile.decision().title());
      assertThat(current)
          .as(context + ": the profile holds the last saved version or the next")
          .isBetween(confirmed, confirmed + 1);
      assertThat(current).as(context + ": versions never go back").isGreaterThanOrEqualTo(lastSeen);
      // A kill between taking the backup and replacing the profile leaves the two equal.
      long newer = current;
      for (Path backup : store.backups(CrashWriter.NAME)) {
        byte[] bytes = Files.readAllBytes(backup);
        json.readTree(bytes);
        long version = CrashWriter.version(decoder.decode(bytes, backup.toString()).title());
        assertThat(version).as(context + ": " + backup + " is older").isLessThanOrEqualTo(newer);
        newer = version;
      }
      lastSeen = current;
      next = current + 1;
    }
    return lastSeen;
  }

  private static void waitForFirstSave(Process writer, Path log, String context)
      throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!Files.readString(log, StandardCharsets.UTF_8).contains("saved ")) {
      assertThat(writer.isAlive()).as(context + ": the writer died on its own").isTrue();
      assertThat(System.nanoTime()).as(context + ": the writer never saved").isLessThan(deadline);
      Thread.sleep(2);
    }
  }
}
