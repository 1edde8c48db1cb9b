package dev.crossroads.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rating as a person writes it, wherever they write it (a session's prompt, an answers file, a
 * profile's answers read back, {@code --set}): a number ({@code 7}, {@code -2.5}, {@code 3,000},
 * {@code 1_000}), a range ({@code 6-8}, {@code 6..8}, {@code 6~8} or the full-width {@code 6～8}
 * a Korean keyboard types, {@code 6–8}, {@code 6—8}, {@code 6 to 8}), or low, most likely and
 * high with the same separator twice ({@code 5..7..9}, {@code 5-7-9}, {@code 5~7~9}). Negative
 * numbers keep their sign: {@code -10--5}, {@code -5..-3..-1}.
 *
 * <p>This only reads the text: whether the numbers are in order, within {@link Limits} or on the
 * criterion's scale is for the caller to say in its own words.
 *
 * @param values the numbers in the order written: one, two (low, high) or three (low, most
 *     likely, high)
 * @param written each number as it was typed, for a refusal that quotes it
 */
public record RatingText(List<Double> values, List<String> written) {
  private static final String NUMBER = "(-?(?:\\d[\\d,_]*(?:\\.\\d+)?|\\.\\d+))";
  private static final String SEPARATOR = "(-|~|～|–|—|to|\\.\\.)";
  private static final Pattern FORM = Pattern.compile(NUMBER + "(?:\\s*" + SEPARATOR + "\\s*"
      + NUMBER + "(?:\\s*\\2\\s*" + NUMBER + ")?)?");
  /** Thousands grouped by commas or underscores: "3,000", "1_000_000". */
  private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(?:[,_]\\d{3})+(?:\\.\\d+)?");
  private static final Pattern PLAIN = Pattern.compile("-?(?:\\d+(?:\\.\\d+)?|\\.\\d+)");

  public RatingText {
    values = List.copyOf(values);
    written = List.copyOf(written);
    if (values.isEmpty() || values.size() > 3 || values.size() != written.size()) {
      throw new IllegalArgumentException("a rating has one, two or three numbers");
    }
  }

  /** The rating {@code text} writes, or empty when it is not one of the forms above. */
  public static Optional<RatingText> read(String text) {
    Matcher m = FORM.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    List<Double> values = new ArrayList<>();
    List<String> written = new ArrayList<>();
    for (int group : new int[] {1, 3, 4}) {
      if (m.group(group) == null) {
        continue;
      }
      Optional<Double> value = number(m.group(group));
      if (value.isEmpty()) {
        return Optional.empty();
      }
      values.add(value.get());
      written.add(m.group(group));
    }
    return Optional.of(new RatingText(values, written));
  }

  /** A number with its grouping taken out; empty when the grouping is wrong ("1,00"). */
  private static Optional<Double> number(String typed) {
    String plain = GROUPED.matcher(typed).matches()
        ? typed.replace(",", "").replace("_", "")
        : typed.replace("_", "");
    return PLAIN.matcher(plain).matches()
        ? Optional.of(Double.parseDouble(plain))
        : Optional.empty();
  }

  /** True for a range, with or without its most likely value. */
  public boolean isRange() {
    return values.size() > 1;
  }

  /** True for low, most likely and high. */
  public boolean hasLikely() {
    return values.size() == 3;
  }

  /** True when no number is below the one written before it. */
  public boolean inOrder() {
    for (int i = 1; i < values.size(); i++) {
      if (values.get(i) < values.get(i - 1)) {
        return false;
      }
    }
    return true;
  }

  /** The first number, as written, that no decision can hold ({@link Limits#inRange}). */
  public Optional<String> beyondLimits() {
    for (int i = 0; i < values.size(); i++) {
      if (!Limits.inRange(values.get(i))) {
        return Optional.of(written.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * The rating itself: a point, a range, or a range with its most likely value.
   *
   * @throws IllegalArgumentException when the numbers are not {@linkplain #inOrder in order}
   */
  public Rating rating() {
    return switch (values.size()) {
      case 1 -> Rating.of(values.get(0));
      case 2 -> Rating.range(values.get(0), values.get(1));
      default -> Rating.range(values.get(0), values.get(1), values.get(2));
    };
  }
}
