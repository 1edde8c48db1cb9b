package dev.crossroads;

/**
 * A person's own value as a message quotes it back: at most {@value #MAX} characters (code
 * points), the rest replaced by an ellipsis. A refused file can hold a megabyte where an id
 * belongs, and saying so must not print the megabyte.
 */
public final class Quote {
  public static final int MAX = 80;
  /** Three dots, not "…": these quotes end up in errors, which keep to ASCII of their own. */
  private static final String ELLIPSIS = "...";

  private Quote() {}

  /** {@code value} as it is when short enough, else its first characters and "...". */
  public static String cut(String value) {
    if (value.length() <= MAX || value.codePointCount(0, value.length()) <= MAX) {
      return value;
    }
    int end = value.offsetByCodePoints(0, MAX - ELLIPSIS.length());
    return value.substring(0, end) + ELLIPSIS;
  }

  /** Any argument of a message: text is cut, anything else (a number, a nested message) kept. */
  public static Object cutIfText(Object argument) {
    return argument instanceof String text ? cut(text) : argument;
  }
}
