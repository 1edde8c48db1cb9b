package dev.crossroads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TypedTextTest {
  @Test
  void aLineWithAnEscapeIsRefusedNamingItsStandInAndWhereItIs() {
    Message reason = TypedText.refusal("MS\u001b[2J").orElseThrow();

    assertThat(new Messages(Locale.ENGLISH).get(reason))
        .isEqualTo(
            "That has a control character (␛, character 3) that could change what a screen shows."
                + " Please type it again as plain text.");
    assertThat(new Messages(Locale.KOREAN).get(reason))
        .isEqualTo("화면에 보이는 것을 바꿀 수 있는 제어 문자(␛, 3번째 글자)가 들어 있어요. 일반 글자로 다시 적어 주세요.");
  }

  @Test
  void everyControlIsRefusedAndThePositionCountsCharactersAsPeopleDo() {
    for (int cp : TerminalTextTest.controls()) {
      Message reason = TypedText.refusal("석사\uD83D\uDE00" + Character.toString(cp)).orElseThrow();
      assertThat(reason.args()).as("U+%04X", cp).containsExactly(TerminalText.standIn(cp), 4);
    }
  }

  @Test
  void whatTheCleanerLeavesAloneIsTaken() {
    for (String typed : new String[] {"석사 과정 (서울)", "ML engineer, 50%", "a\tb", "", "👩‍💻 C# & <b>"}) {
      assertThat(TypedText.refusal(typed)).as(typed).isEmpty();
      assertThat(TerminalText.clean(typed)).isEqualTo(typed);
    }
  }
}
