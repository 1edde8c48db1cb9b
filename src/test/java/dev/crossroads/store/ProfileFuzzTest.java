package dev.crossroads.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.Problem;
import dev.crossroads.Messages;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Damaged profiles never crash the reader: they load, or fail with exit 65 and a located message. */
class ProfileFuzzTest {
  private static final String[] PIECES = {
    "{", "}", "[", "]", ",", ":", "\"", "null", "true", "-1", "1e400", "0.05", "99", "\"x\"", "{}", "[]",
    "\"low\": 9,", "\"growth\"", "\"method\": \"rank\"", "\\u00", "\n", "한"
  };

  private final ProfileReader reader = new ProfileReader();
  private final Messages english = new Messages(Locale.ENGLISH);

  static LongStream seeds() {
    return LongStream.range(0, 300).map(i -> 0xf022_0000L + i);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aDamagedProfileLoadsOrFailsWithALocatedMessage(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    String base = random.nextBoolean()
        ? IssueExampleTest.ISSUE
        : new ProfileWriter().toJson(new RandomDecisions(seed).next());
    StringBuilder text = new StringBuilder(base);
    for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
      int at = random.nextInt(text.length());
      int end = Math.min(text.length(), at + random.nextInt(12));
      text.replace(at, end, random.nextBoolean() ? "" : PIECES[random.nextInt(PIECES.length)]);
    }
    try {
      reader.parse(text.toString(), "fuzz.json");
    } catch (Problem failure) {
      assertThat(failure.kind()).as("seed %d", seed).isEqualTo(Problem.Kind.BAD_DATA);
      assertThat(english.get(failure.userMessage())).as("seed %d:%n%s", seed, text).matches("(?s)fuzz\\.json:\\d+:\\d+: .+");
    }
  }
}
