package dev.crossroads.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictUtf8Test {
  @Test
  void utf8IsReadAsWritten() throws Exception {
    assertThat(StrictUtf8.decode("대학원 or a job".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("대학원 or a job");
  }

  @Test
  void bytesThatAreNotUtf8AreRefusedRatherThanReplaced() {
    byte[] latin1 = "café".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> StrictUtf8.decode(latin1)).isInstanceOf(CharacterCodingException.class);
    assertThatThrownBy(() -> StrictUtf8.text(latin1)).isInstanceOf(CharacterCodingException.class);
  }

  @Test
  void aFilesByteOrderMarkIsDroppedFromItsTextAlone() throws Exception {
    byte[] marked = "\uFEFFtitle: x".getBytes(StandardCharsets.UTF_8);
    assertThat(StrictUtf8.text(marked)).isEqualTo("title: x");
    assertThat(StrictUtf8.decode(marked)).isEqualTo("\uFEFFtitle: x");
    assertThat(StrictUtf8.text(new byte[0])).isEmpty();
  }
}
