package dev.crossroads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.Problem;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each kind of problem leaves with its own code, the one sysexits.h gives it where one fits. */
class ExitCodeTest {
  @ParameterizedTest(name = "{0} exits with {1}")
  @CsvSource({
    "USAGE, 2",
    "BAD_DATA, 65",
    "MISSING, 66",
    "CANNOT_CREATE, 73",
    "IO, 74",
    "BUSY, 75",
    "CANCELLED, 130",
    "INTERNAL, 1"
  })
  void aKindOfProblemMapsToItsCode(Problem.Kind kind, int code) {
    assertThat(ExitCode.of(kind)).isEqualTo(code);
  }

  @Test
  void noTwoKindsShareACodeAndNoneExitsWithSuccess() {
    assertThat(Arrays.stream(Problem.Kind.values()).map(ExitCode::of))
        .doesNotHaveDuplicates()
        .doesNotContain(ExitCode.OK);
  }

  @Test
  void aRunThatEndedWithoutAProblemSucceeds() {
    assertThat(ExitCode.of(Optional.empty())).isEqualTo(ExitCode.OK);
    assertThat(ExitCode.of(Optional.of(Problem.Kind.CANCELLED))).isEqualTo(ExitCode.INTERRUPTED);
  }
}
