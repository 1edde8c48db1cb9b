package dev.crossroads.store;

import dev.crossroads.Problem;
import dev.crossroads.Message;
import dev.crossroads.Quote;
import java.text.Normalizer;

/**
 * A profile's name: up to {@value #MAX_LENGTH} characters (code points), Korean included. It is
 * kept inside the profile's file, whose name is made from it ({@link FileStem}) and can never
 * point outside the profiles directory. Kept in NFC so a Korean name typed on one system finds
 * the profile saved on another.
 */
public record ProfileName(String value) implements Comparable<ProfileName> {
  public static final int MAX_LENGTH = 100;
  /**
   * What Java makes of a byte it cannot decode in an argument: under a locale without UTF-8
   * ({@code LC_ALL=C}) every byte of a Korean name typed in a UTF-8 terminal becomes this, and a
   * profile saved under it could never be found again by its real name.
   */
  private static final char GARBLED = '\uFFFD';

  public ProfileName {
    value = Normalizer.normalize(value, Normalizer.Form.NFC);
    String problem = problem(value);
    if (problem != null) {
      // The value is quoted back; a megabyte typed as a name is not printed back whole.
      throw new Problem(
          Problem.Kind.USAGE, Message.of("profiles.badName", Quote.cut(value), Message.of(problem)));
    }
  }

  public static ProfileName of(String value) {
    return new ProfileName(value);
  }

  /** True when {@code value} would be accepted; for skipping stray files while listing. */
  public static boolean isValid(String value) {
    return problem(Normalizer.normalize(value, Normalizer.Form.NFC)) == null;
  }

  /**
   * Why {@code value} cannot be a profile name (the reason alone, such as "the name is empty"),
   * or empty when the store accepts it: for asking again before anything is saved.
   */
  public static java.util.Optional<Message> reason(String value) {
    String problem = problem(Normalizer.normalize(value, Normalizer.Form.NFC));
    return problem == null ? java.util.Optional.empty()
        : java.util.Optional.of(Message.of(problem));
  }

  private static String problem(String value) {
    if (value.isBlank()) {
      return "profiles.badName.empty";
    }
    if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
      return "profiles.badName.tooLong";
    }
    if (value.indexOf('/') >= 0 || value.indexOf('\\') >= 0) {
      return "profiles.badName.separator";
    }
    if (value.startsWith(".") || value.contains("..")) {
      return "profiles.badName.dot";
    }
    if (value.indexOf(GARBLED) >= 0) {
      return "profiles.badName.garbled";
    }
    if (value.codePoints().anyMatch(ProfileName::isControl)) {
      return "profiles.badName.control";
    }
    if (!value.strip().equals(value)) {
      return "profiles.badName.space";
    }
    return null;
  }

  private static boolean isControl(int codePoint) {
    int type = Character.getType(codePoint);
    // Joiners are part of ordinary text (emoji, some scripts); other format characters, such as
    // bidi overrides, can make a name display as something it is not.
    boolean joiner = codePoint == 0x200C || codePoint == 0x200D;
    return type == Character.CONTROL
        || (type == Character.FORMAT && !joiner)
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }

  @Override
  public int compareTo(ProfileName other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
