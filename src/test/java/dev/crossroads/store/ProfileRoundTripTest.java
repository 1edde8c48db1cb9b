package dev.crossroads.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.decision.Decision;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ProfileRoundTripTest {
  private final ProfileWriter writer = new ProfileWriter();
  private final ProfileReader reader = new ProfileReader();

  static LongStream seeds() {
    return LongStream.range(0, 300).map(i -> 0x5eed_0000L + i);
  }

  static LongStream fewerSeeds() {
    return LongStream.range(0, 100).map(i -> 0xfeed_0000L + i);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aWrittenDecisionReadsBackEqual(long seed) {
    Decision decision = new RandomDecisions(seed).next();
    String json = writer.toJson(decision);

    assertThat(reader.parse(json, "generated.json")).as("seed %d:%n%s", seed, json).isEqualTo(decision);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("fewerSeeds")
  void writingWhatWasReadGivesTheSameText(long seed) {
    String json = writer.toJson(new RandomDecisions(seed).next());

    assertThat(writer.toJson(reader.parse(json, "generated.json"))).as("seed %d", seed).isEqualTo(json);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("fewerSeeds")
  void writtenNumbersNeverUseExponents(long seed) {
    String json = writer.toJson(new RandomDecisions(seed).next());

    assertThat(json).as("seed %d", seed).doesNotContainPattern("[0-9][eE][+-]?[0-9]")
        // Only negative zero keeps a ".0": it is how its sign survives the round trip.
        .doesNotContainPattern("[1-9]\\.0[,}\\]\\s]")
        .doesNotContainPattern("(?<!-)0\\.0[,}\\]\\s]");
  }
}
