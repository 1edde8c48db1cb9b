package dev.crossroads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TerminalCapabilitiesTest {

  /** A process whose streams are (or are not) a terminal of {@code columns}. */
  private static TerminalCapabilities.Probe probe(boolean terminal, int columns) {
    return probe(terminal, () -> columns > 0 ? OptionalInt.of(columns) : OptionalInt.empty());
  }

  /** A probe that fails the test if the terminal's width is asked for. */
  private static TerminalCapabilities.Probe notToBeMeasured(boolean terminal) {
    return probe(terminal, () -> {
      throw new AssertionError("the width was asked for");
    });
  }

  private static TerminalCapabilities.Probe probe(boolean terminal,
      Supplier<OptionalInt> columns) {
    return new TerminalCapabilities.Probe() {
      @Override
      public boolean isTerminal() {
        return terminal;
      }

      @Override
      public OptionalInt columns() {
        return columns.get();
      }
    };
  }

  @Test
  void aTerminalIsInteractiveStyledAndAsWideAsItSays() {
    TerminalCapabilities t = TerminalCapabilities.of(Map.of("TERM", "xterm-256color"),
        probe(true, 132));

    assertThat(t).isEqualTo(new TerminalCapabilities(true, true, false, OptionalInt.of(132)));
    assertThat(t.width()).isEqualTo(132);
  }

  @Test
  void aPipeIsPlainEightyColumnsAndItsWidthIsNeverAsked() {
    TerminalCapabilities t = TerminalCapabilities.of(Map.of("COLUMNS", "132"),
        notToBeMeasured(false));

    assertThat(t).isEqualTo(TerminalCapabilities.none());
    assertThat(t.width()).isEqualTo(80);
  }

  @Test
  void theTestSwitchMeansNoTerminalEvenOnOne() {
    TerminalCapabilities t = TerminalCapabilities.of(Map.of("CROSSROADS_NO_TTY", "1"),
        notToBeMeasured(true));

    assertThat(t.interactive()).isFalse();
    assertThat(t.color()).isFalse();
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource({"NO_COLOR, 0", "NO_COLOR, 1", "TERM, dumb"})
  void noColorSetToAnythingOrADumbTerminalTurnsStylingOffButLeavesThePersonThere(String name,
      String value) {
    TerminalCapabilities t = TerminalCapabilities.of(Map.of(name, value), probe(true, 100));

    assertThat(t.interactive()).isTrue();
    assertThat(t.color()).isFalse();
  }

  @Test
  void aDumbTerminalKeepsToAsciiAndNoColourDoesNot() {
    assertThat(TerminalCapabilities.of(Map.of("TERM", "dumb"), probe(true, 100)).ascii()).isTrue();
    assertThat(TerminalCapabilities.of(Map.of("TERM", "dumb"), probe(false, 100)).ascii())
        .isTrue();
    assertThat(TerminalCapabilities.of(Map.of("NO_COLOR", "1"), probe(true, 100)).ascii())
        .isFalse();
    assertThat(TerminalCapabilities.of(Map.of("TERM", "xterm"), probe(true, 100)).ascii())
        .isFalse();
  }

  @Test
  void anEmptyNoColorCountsAsUnset() {
    assertThat(TerminalCapabilities.of(Map.of("NO_COLOR", ""), probe(true, 100)).color())
        .isTrue();
  }

  @Test
  void columnsFromTheEnvironmentWinOverTheTerminalAndAreNotMeasured() {
    assertThat(TerminalCapabilities.of(Map.of("COLUMNS", "60"), notToBeMeasured(true)).columns())
        .hasValue(60);
  }

  @Test
  void columnsThatAreNotAWidthAreIgnored() {
    assertThat(TerminalCapabilities.of(Map.of("COLUMNS", "wide"), probe(true, 90)).columns())
        .hasValue(90);
    assertThat(TerminalCapabilities.of(Map.of("COLUMNS", "7"), probe(true, 90)).columns())
        .hasValue(90);
  }

  @Test
  void aTerminalOfUnknownWidthIsLaidOutAtEighty() {
    TerminalCapabilities t = TerminalCapabilities.of(Map.of(), probe(true, 0));

    assertThat(t.interactive()).isTrue();
    assertThat(t.columns()).isEmpty();
    assertThat(t.width()).isEqualTo(80);
  }

  @Test
  void theOutputOptionsTurnStylingOffAndRulesToAscii() {
    TerminalCapabilities t = TerminalCapabilities.of(Map.of(), probe(true, 100));

    assertThat(t.withOptions(true, false)).isEqualTo(
        new TerminalCapabilities(true, false, false, OptionalInt.of(100)));
    assertThat(t.withOptions(false, true)).isEqualTo(
        new TerminalCapabilities(true, true, true, OptionalInt.of(100)));
    assertThat(t.withOptions(false, false)).isEqualTo(t);
  }

  @Test
  void noOptionTurnsStylingOnWhereTheTerminalHasNone() {
    TerminalCapabilities piped = TerminalCapabilities.none().withOptions(false, true);

    assertThat(piped.color()).isFalse();
    assertThat(piped.ascii()).isTrue();
  }
}
