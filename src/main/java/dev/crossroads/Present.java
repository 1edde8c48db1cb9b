package dev.crossroads;

/**
 * The records' guard against a missing field: every field of a value is there, or the value is
 * never made, and the error names the field. One call per record instead of a line per field.
 */
public final class Present {
  private Present() {}

  /**
   * Throws a {@link NullPointerException} naming the first field whose value is null;
   * {@code namesAndValues} is a field's name, then its value, for each field.
   */
  public static void all(Object... namesAndValues) {
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i + 1] == null) {
        throw new NullPointerException((String) namesAndValues[i]);
      }
    }
  }
}
