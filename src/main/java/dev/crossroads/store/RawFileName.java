package dev.crossroads.store;

import dev.crossroads.input.StrictUtf8;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.HexFormat;

/**
 * The name of a file found in a folder, read as the UTF-8 it was written in. Java decodes file
 * names with the locale's character set, so under {@code LC_ALL=C} an older profile's file
 * {@code 대학원.json} comes back as nine replacement characters; its URI still carries the
 * original bytes, percent-encoded, and they are decoded here instead.
 */
final class RawFileName {
  private RawFileName() {}

  static String of(Path file) {
    String shown = file.getFileName().toString();
    if (shown.chars().allMatch(c -> c < 0x80)) {
      return shown; // the same in every locale's character set
    }
    try {
      URI uri = file.toUri();
      String raw = uri.getRawPath();
      if (!"file".equals(uri.getScheme()) || raw == null || !raw.chars().allMatch(c -> c < 0x80)) {
        return shown;
      }
      if (raw.endsWith("/")) {
        raw = raw.substring(0, raw.length() - 1); // folders' URIs end with a slash
      }
      return StrictUtf8.decode(percentDecoded(raw.substring(raw.lastIndexOf('/') + 1)));
    } catch (RuntimeException | CharacterCodingException e) {
      // Another file system, or bytes that are not UTF-8: Java's reading is the best there is.
      return shown;
    }
  }

  private static byte[] percentDecoded(String raw) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%' && i + 2 < raw.length()) {
        bytes.write(HexFormat.fromHexDigits(raw, i + 1, i + 3));
        i += 2;
      } else {
        bytes.write(c);
      }
    }
    return bytes.toByteArray();
  }
}
