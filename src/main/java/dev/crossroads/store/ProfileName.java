package dev.crossroads.store;

import dev.crossroads.ExitCode;
import dev.crossroads.Failure;
import dev.crossroads.Message;
import java.text.Normalizer;

/**
 * A profile's name, safe to use as a file name: it can never point outside the profiles
 * directory. Kept in NFC so a Korean name typed on one system finds the file written on another.
 */
public record ProfileName(String value) implements Comparable<ProfileName> {
  public static final int MAX_LENGTH = 100;

  public ProfileName {
    value = Normalizer.normalize(value, Normalizer.Form.NFC);
    String problem = problem(value);
    if (problem != null) {
      throw new Failure(
          ExitCode.USAGE, Message.of("profiles.badName", value, Message.of(problem)));
    }
  }

  public static ProfileName of(String value) {
    return new ProfileName(value);
  }

  /** True when {@code value} would be accepted; for skipping stray files while listing. */
  public static boolean isValid(String value) {
    return problem(Normalizer.normalize(value, Normalizer.Form.NFC)) == null;
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
