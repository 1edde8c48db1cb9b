package dev.crossroads.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The file name (without {@code .json}) a profile is saved under: printable ASCII of at most 100
 * characters, whatever the name, so that it can be made under any locale (even {@code LC_ALL=C},
 * where Java cannot encode other characters in a file name) and fits every file system (255 bytes
 * a name on ext4, case-insensitive on macOS and Windows).
 *
 * <p>A plain name (lower-case ASCII letters and digits, with {@code . _ -} inside) is its own
 * stem: {@code grad} is {@code grad.json}, as it always was. Any other name becomes a readable
 * slug (Hangul spelt out in Latin letters, other letters without their accents, everything else
 * a hyphen, at most {@value #SLUG_LENGTH} characters, {@code p} when nothing is left) and the
 * first 8 hex digits of the SHA-256 of the name's UTF-8 bytes: {@code 대학원} is
 * {@code daehakwon-9986b156.json}, {@code Grad} is {@code grad-….json}. The name itself is kept
 * inside the file (see {@link NameField}).
 */
final class FileStem {
  static final int SLUG_LENGTH = 40;
  static final int HASH_DIGITS = 8;

  private static final Pattern PLAIN = Pattern.compile("[a-z0-9][a-z0-9._-]*");
  private static final Pattern HASHED = Pattern.compile(".+-[0-9a-f]{" + HASH_DIGITS + "}");
  // Windows refuses these as file names, with any extension.
  private static final Set<String> DEVICES =
      Set.of(
          "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7",
          "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

  private FileStem() {}

  static String of(ProfileName name) {
    String value = name.value();
    return isPlain(value) ? value : slug(value) + "-" + hash(value);
  }

  /** True when the name is its own file name. */
  static boolean isPlain(String name) {
    return PLAIN.matcher(name).matches()
        && !name.endsWith(".")
        && !DEVICES.contains(name.split("\\.", 2)[0]);
  }

  /**
   * True when a stem has the shape of a slug and hash, so the name inside the file decides which
   * profile it holds. Other stems are always their own names.
   */
  static boolean looksHashed(String stem) {
    return HASHED.matcher(stem).matches();
  }

  static String slug(String name) {
    StringBuilder out = new StringBuilder();
    boolean gap = false;
    for (int i = 0; i < name.length() && out.length() < SLUG_LENGTH; ) {
      int codePoint = name.codePointAt(i);
      i += Character.charCount(codePoint);
      String letters = letters(codePoint);
      if (letters.isEmpty()) {
        gap = out.length() > 0;
        continue;
      }
      if (gap) {
        out.append('-');
        gap = false;
      }
      out.append(letters);
    }
    String slug = out.length() > SLUG_LENGTH ? out.substring(0, SLUG_LENGTH) : out.toString();
    while (slug.endsWith("-")) {
      slug = slug.substring(0, slug.length() - 1);
    }
    return slug.isEmpty() ? "p" : slug;
  }

  /** A character as lower-case ASCII letters and digits, or nothing for a separator. */
  private static String letters(int codePoint) {
    if (codePoint < 0x80) {
      return Character.isLetterOrDigit(codePoint)
          ? String.valueOf((char) Character.toLowerCase(codePoint))
          : "";
    }
    if (HangulLetters.isSyllable(codePoint)) {
      return HangulLetters.romanize(codePoint);
    }
    // é -> e, ｆ -> f, ① -> 1: what compatibility decomposition leaves in ASCII.
    String decomposed = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFKD);
    StringBuilder ascii = new StringBuilder();
    decomposed
        .chars()
        .filter(c -> c < 0x80 && Character.isLetterOrDigit(c))
        .forEach(c -> ascii.append(Character.toLowerCase((char) c)));
    return ascii.toString();
  }

  static String hash(String name) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, HASH_DIGITS / 2);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
