package dev.crossroads.report;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.crossroads.TerminalText;
import java.util.Locale;

/**
 * JSON output that stays text on a terminal. Jackson escapes C0 controls already, but writes DEL,
 * C1 controls and the bidirectional controls raw, and {@code analyze --format json} goes to
 * terminals as often as to scripts. These are escaped as {@code \u009B} and the like: the JSON
 * means exactly the same string, so scripts read every label as the profile wrote it.
 */
final class JsonEscapes extends CharacterEscapes {
  private final int[] ascii = standardAsciiEscapesForJSON();

  JsonEscapes() {
    ascii[0x7F] = ESCAPE_STANDARD;
  }

  @Override
  public int[] getEscapeCodesForAscii() {
    return ascii;
  }

  @Override
  public SerializableString getEscapeSequence(int ch) {
    return TerminalText.isControl(ch)
        ? new SerializedString(String.format(Locale.ROOT, "\\u%04X", ch))
        : null;
  }
}
