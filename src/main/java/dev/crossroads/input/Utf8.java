package dev.crossroads.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes read as UTF-8, strictly: a byte sequence that is not UTF-8 is refused, never turned into
 * a replacement character that would then be saved as if the person had typed it.
 */
public final class Utf8 {
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private Utf8() {}

  /** The bytes as UTF-8, refusing any that are not. */
  public static String decode(byte[] bytes) throws CharacterCodingException {
    CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    return strict.decode(ByteBuffer.wrap(bytes)).toString();
  }

  /** A file's text: {@link #decode}, without the byte-order mark some editors on Windows add. */
  public static String text(byte[] bytes) throws CharacterCodingException {
    String text = decode(bytes);
    return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
  }
}
