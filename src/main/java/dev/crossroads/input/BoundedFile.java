package dev.crossroads.input;

import dev.crossroads.Problem;
import dev.crossroads.Message;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A whole file read into memory, but never more of it than its kind allows: the size is checked
 * before the file is opened, so a 50 MB profile is refused without reading a byte of it, and the
 * read itself stops one byte past the limit, for what has no size to ask (a pipe, a device, a
 * file still growing). Memory is bounded by the limit, never by the file.
 */
public final class BoundedFile {
  private BoundedFile() {}

  /**
   * @throws Problem {@link Problem.Kind#BAD_DATA} when the file is larger than {@code kind} allows
   * @throws IOException as {@link Files#newInputStream} throws it (missing, not allowed); callers
   *     say what that means for their file
   */
  public static byte[] read(Path file, InputKind kind) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    if (attributes.isRegularFile() && attributes.size() > kind.maxBytes()) {
      throw tooLarge(file.toString(), kind, attributes.size());
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString(), kind);
    }
  }

  /**
   * Reads {@code in} to its end, refusing it once it passes {@code kind}'s limit.
   *
   * @param source what to call the stream in the message (a path, a resource name)
   */
  public static byte[] read(InputStream in, String source, InputKind kind) throws IOException {
    byte[] bytes = in.readNBytes(Math.toIntExact(kind.maxBytes() + 1));
    if (bytes.length > kind.maxBytes()) {
      throw tooLarge(source, kind, -1);
    }
    return bytes;
  }

  /** The refusal of a file of {@code size} bytes (-1: at least one byte past the limit). */
  public static Problem tooLarge(String source, InputKind kind, long size) {
    Message limit = Message.of(kind.messageKey());
    String max = shown(kind.maxBytes());
    String actual = shown(size);
    if (actual.equals(max)) {
      // Just past the limit, "4 MB; at most 4 MB" would read as no reason at all.
      actual = bytes(size);
      max = max + " (" + bytes(kind.maxBytes()) + ")";
    }
    return new Problem(
        Problem.Kind.BAD_DATA,
        size < 0
            ? Message.of("input.tooLargeStream", source, limit, max)
            : Message.of("input.tooLarge", source, actual, limit, max));
  }

  /** "52.4 MB", "4 MB", "812 kB", "96 bytes": sizes as people read them (1 MB = 10^6 bytes). */
  static String shown(long bytes) {
    if (bytes >= 1_000_000) {
      return decimal(bytes / 1e6) + " MB";
    }
    if (bytes >= 1_000) {
      return decimal(bytes / 1e3) + " kB";
    }
    return bytes + " bytes";
  }

  private static String bytes(long count) {
    return String.format(java.util.Locale.ROOT, "%,d bytes", count);
  }

  private static String decimal(double value) {
    double tenths = Math.floor(value * 10) / 10; // never round a size up past the limit
    return tenths == Math.rint(tenths)
        ? Long.toString((long) tenths)
        : java.math.BigDecimal.valueOf(tenths).toPlainString();
  }
}
