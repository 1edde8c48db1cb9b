package dev.crossroads.store;

import dev.crossroads.Problem;
import dev.crossroads.Message;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.WeightInput;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Test helper run in its own JVM: saves the profile "crash" over and over, version after
 * version, printing "saved N" after each save returns, until it is killed. The title carries the
 * version and some padding so each write takes a little while.
 */
public final class CrashWriter {
  static final ProfileName NAME = ProfileName.of("crash");
  static final String PADDING = "·".repeat(20_000);

  private CrashWriter() {}

  static String title(long version) {
    return "v" + version + " " + PADDING;
  }

  static long version(String title) {
    return Long.parseLong(title.substring(1, title.indexOf(' ')));
  }

  public static void main(String[] args) {
    ProfileStore store = new ProfileStore(new ProfilePaths(Path.of(args[0])), new TitleCodec());
    long first = Long.parseLong(args[1]);
    // An optional last version lets a training run (for a class-data archive) end by itself.
    long last = args.length > 2 ? Long.parseLong(args[2]) : Long.MAX_VALUE;
    for (long version = first; version <= last; version++) {
      store.save(NAME, Decision.of(title(version), List.of(), List.of(), new WeightInput.Points(Map.of()), Map.of()), SaveMode.REPLACE);
      System.out.println("saved " + version);
      System.out.flush();
    }
  }

  /**
   * A codec for titles only, without Jackson: the writer JVM starts in a fraction of the time,
   * so the test can kill hundreds of them. What is under test is the store's file handling; the
   * format has its own tests.
   */
  static final class TitleCodec implements ProfileCodec {
    private static final String BEFORE = "{\"schemaVersion\": 1, \"title\": \"";
    private static final String AFTER = "\", \"weights\": {\"method\": \"points\", \"points\": {}}}\n";

    @Override
    public Decision parse(String json, String sourceName) {
      if (!json.startsWith(BEFORE) || !json.endsWith(AFTER)) {
        throw new Problem(Problem.Kind.BAD_DATA, Message.of("profiles.readError", sourceName, "not a title profile"));
      }
      String title = json.substring(BEFORE.length(), json.length() - AFTER.length());
      return Decision.of(title, List.of(), List.of(), new WeightInput.Points(Map.of()), Map.of());
    }

    @Override
    public String toJson(Decision decision) {
      return BEFORE + decision.title() + AFTER;
    }
  }
}
