package dev.crossroads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LineConfirmationTest {

  private static boolean answer(String typed) {
    StringWriter shown = new StringWriter();
    LineConfirmation confirmation =
        new LineConfirmation(new BufferedReader(new StringReader(typed)), new PrintWriter(shown));
    boolean yes = confirmation.ask("Delete? [y/N] ").orElseThrow();
    assertThat(shown.toString()).isEqualTo("Delete? [y/N] ");
    return yes;
  }

  @ParameterizedTest
  @ValueSource(strings = {"y\n", "YES\n", " yes \n", "네\n", "예\n", "ㅇ\n"})
  void yesInEnglishOrKoreanConfirms(String typed) {
    assertThat(answer(typed)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "n\n", "no\n", "아니요\n", "yess\n", ""})
  void anythingElseIncludingEndOfInputDeclines(String typed) {
    assertThat(answer(typed)).isFalse();
  }

  @Test
  void withoutATerminalThereIsNoAnswer() {
    assertThat(Confirmation.unavailable().ask("Delete?")).isEmpty();
  }
}
