package dev.crossroads.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes read as UTF-8 text, refusing any that are not: a shared file or a file name in another
 * encoding is reported to the person, never read with silent replacement characters.
 */
public final class StrictUtf8 {
  private StrictUtf8() {}

  /** @throws CharacterCodingException when the bytes are not well-formed UTF-8 */
  public static String decode(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }
}
