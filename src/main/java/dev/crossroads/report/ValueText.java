package dev.crossroads.report;

import dev.crossroads.Messages;
import dev.crossroads.Numbers;
import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.QuantityScale;
import dev.crossroads.decision.Rating;
import dev.crossroads.decision.RatingScale;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * How a value on a criterion reads, with its unit or scale: "7 of 10", "52,000,000 KRW", "2
 * years", and in Korean "10점 중 7점", "5,200만 원", "2년". A range names its unit once, at the end
 * ("46,000,000 to 58,000,000 KRW", "4,600만~5,800만 원"); a range over a whole rating scale with
 * no likely value is the person's "don't know". Units are free text in a profile; the common
 * currencies and units of time are recognised, so won read in 만 and 억 in Korean and "years"
 * read "년". Any other unit is kept as written.
 */
public final class ValueText {
  private ValueText() {}

  /** What a unit measures, as far as this class reads it differently. */
  private enum Kind {
    /** Korean won; the factor turns the unit into won ("만 원" is 10,000). */
    WON,
    /** Another currency written as a symbol before the number: $, €, £, ¥. */
    SYMBOL,
    /** Another currency written as a code or word after the number: USD, 달러. */
    CURRENCY,
    /** A unit of time with an English singular and plural and a Korean word. */
    TIME,
    PERCENT,
    OTHER
  }

  /**
   * A unit as read: its kind, its text, the factor to its base (won), the bundle key of a unit
   * of time, and a qualifier written after won ("/년", "(3년 합계)"), kept as written.
   */
  private record Unit(Kind kind, String text, double factor, String timeKey, String qualifier) {
    Unit(Kind kind, String text, double factor, String timeKey) {
      this(kind, text, factor, timeKey, "");
    }
  }

  /** Korean won with a qualifier: "백만 원/년", "백만 원 (3년 합계)". */
  private static final java.util.regex.Pattern QUALIFIED_WON =
      java.util.regex.Pattern.compile("(원|천\\s*원|만\\s*원|백만\\s*원|천만\\s*원|억\\s*원)\\s*([/(].*)");

  private static final Map<String, Double> WON =
      Map.ofEntries(
          Map.entry("krw", 1.0),
          Map.entry("won", 1.0),
          Map.entry("원", 1.0),
          Map.entry("₩", 1.0),
          Map.entry("천원", 1e3),
          Map.entry("만원", 1e4),
          Map.entry("백만원", 1e6),
          Map.entry("천만원", 1e7),
          Map.entry("억원", 1e8),
          Map.entry("thousand krw", 1e3),
          Map.entry("million krw", 1e6));

  private static final Map<String, String> SYMBOLS =
      Map.of("$", "$", "us$", "US$", "€", "€", "£", "£", "¥", "¥");

  private static final Set<String> CURRENCIES =
      Set.of(
          "usd", "eur", "jpy", "gbp", "cny", "cad", "aud", "chf", "sgd", "hkd", "달러", "유로", "엔",
          "위안", "dollars", "euros", "yen");

  /** Units of time by how they may be written, to their bundle key. */
  private static final Map<String, String> TIME =
      Map.ofEntries(
          Map.entry("years", "years"),
          Map.entry("year", "years"),
          Map.entry("yrs", "years"),
          Map.entry("yr", "years"),
          Map.entry("년", "years"),
          Map.entry("months", "months"),
          Map.entry("month", "months"),
          Map.entry("개월", "months"),
          Map.entry("weeks", "weeks"),
          Map.entry("week", "weeks"),
          Map.entry("주", "weeks"),
          Map.entry("days", "days"),
          Map.entry("day", "days"),
          Map.entry("일", "days"),
          Map.entry("hours", "hours"),
          Map.entry("hour", "hours"),
          Map.entry("시간", "hours"));

  /**
   * One value on the criterion's scale, with its unit or the scale's ends: "7 of 10", "3 of 5",
   * "7 (2 to 8)", "52,000,000 KRW", "0.5 years"; "10점 중 7점", "5,200만 원", "2년".
   */
  public static String value(Messages messages, Criterion criterion, double value) {
    if (criterion.scale() instanceof RatingScale scale) {
      return onScale(messages, scale, number(value));
    }
    return withUnit(messages, unit(criterion), value);
  }

  /**
   * A rating as the person gave it: a point as {@link #value}, a range from low to high with its
   * unit once at the end and its likely value if given ("6 to 9 of 10 (likely 7)",
   * "4,600만~5,800만 원 (가장 그럴듯한 값 5,200만)"), or "don't know" for a range over a whole
   * rating scale.
   */
  public static String rating(Messages messages, Criterion criterion, Rating rating) {
    if (isDontKnow(criterion, rating)) {
      return messages.get("sheet.dontKnow");
    }
    if (rating instanceof Rating.Range r && r.low() != r.high()) {
      return range(messages, criterion, r.low(), r.likely(), r.high());
    }
    return value(messages, criterion, rating.central());
  }

  /** A range low to high (in that order whatever order they come in), likely value optional. */
  public static String range(
      Messages messages, Criterion criterion, double low, OptionalDouble likely, double high) {
    double from = Math.min(low, high);
    double to = Math.max(low, high);
    String text;
    if (criterion.scale() instanceof RatingScale scale) {
      text = onScale(messages, scale, messages.get("sheet.range", number(from), number(to)));
    } else {
      Unit unit = unit(criterion);
      text = withUnit(messages, unit, bare(messages, unit, from), bare(messages, unit, to));
    }
    if (likely.isPresent()) {
      return messages.get("sheet.likely", text, likely(messages, criterion, likely.getAsDouble()));
    }
    return text;
  }

  /** A likely value inside a range: the number as the range shows its ends, unit left out. */
  private static String likely(Messages messages, Criterion criterion, double value) {
    if (criterion.scale() instanceof RatingScale) {
      return number(value);
    }
    Unit unit = unit(criterion);
    String text = bare(messages, unit, value);
    return unit.kind() == Kind.SYMBOL ? symbol(unit.text(), text) : text;
  }

  /**
   * A number as the criterion counts it: a quantity with its unit, a rating without its scale's
   * ends. For thresholds: "at most 40,000,000 KRW", "4,000만 원 이하", "at least 6".
   */
  public static String number(Messages messages, Criterion criterion, double value) {
    if (criterion.scale() instanceof RatingScale) {
      // Korean counts a rating in 점 even without its scale: "2.4점으로", "6점 이상".
      return messages.get("sheet.scale.point", number(value));
    }
    return withUnit(messages, unit(criterion), value);
  }

  /** The scale in a few words: "1 to 10", "KRW", "years"; "1~10점", "원", "년". */
  public static String scale(Messages messages, Criterion criterion) {
    if (criterion.scale() instanceof RatingScale scale) {
      return messages.get("sheet.scale.rating", number(scale.min()), number(scale.max()));
    }
    Unit unit = unit(criterion);
    return switch (unit.kind()) {
      case WON -> messages.get("sheet.unit.krw") + qualifier(unit);
      case TIME -> messages.get("sheet.unit." + unit.timeKey());
      default -> unit.text();
    };
  }

  /** True when the rating is a range over a whole rating scale with no likely value: "?". */
  public static boolean isDontKnow(Criterion criterion, Rating rating) {
    return criterion.scale() instanceof RatingScale scale
        && rating instanceof Rating.Range r
        && r.likely().isEmpty()
        && r.low() <= scale.min()
        && r.high() >= scale.max();
  }

  /** True for a unit of money: KRW, 원, 만 원, won, USD, $, EUR, 달러 and the like. */
  public static boolean isMoney(String unit) {
    Kind kind = unitOf(unit).kind();
    return kind == Kind.WON || kind == Kind.SYMBOL || kind == Kind.CURRENCY;
  }

  /** True for Korean won in any of its spellings: KRW, 원, 만 원, million KRW. */
  public static boolean isWon(String unit) {
    return unitOf(unit).kind() == Kind.WON;
  }

  /** A range in a free-text unit, low end first, the unit named once: "4,600만~5,800만 원". */
  public static String withUnit(Messages messages, String unit, double low, double high) {
    Unit u = unitOf(unit);
    return withUnit(messages, u, bare(messages, u, Math.min(low, high)),
        bare(messages, u, Math.max(low, high)));
  }

  /** An amount in a free-text unit, read as {@link #value} reads a quantity. */
  public static String withUnit(Messages messages, String unit, double value) {
    return withUnit(messages, unitOf(unit), value);
  }

  private static String withUnit(Messages messages, Unit unit, double value) {
    String text = bare(messages, unit, value);
    if (unit.kind() == Kind.TIME && (text.equals("1") || text.equals("-1"))) {
      return attach(text, messages.get("sheet.unit." + unit.timeKey() + ".one"));
    }
    return withUnit(messages, unit, text, null);
  }

  /** One number, or a range when {@code to} is given, followed (or preceded) by the unit. */
  private static String withUnit(Messages messages, Unit unit, String from, String to) {
    if (unit.kind() == Kind.SYMBOL) {
      String a = symbol(unit.text(), from);
      return to == null ? a : messages.get("sheet.range", a, symbol(unit.text(), to));
    }
    String text = to == null ? from : messages.get("sheet.range", from, to);
    return switch (unit.kind()) {
      case WON -> (messages.isKorean()
          ? wonSuffix(text)
          : attach(text, messages.get("sheet.unit.krw"))) + qualifier(unit);
      case TIME -> attach(text, messages.get("sheet.unit." + unit.timeKey()));
      case PERCENT -> text + "%";
      default -> unit.text().isEmpty() ? text : attach(text, unit.text());
    };
  }

  /** The number alone, in won when the unit is won-based: "5,200만" in Korean. */
  private static String bare(Messages messages, Unit unit, double value) {
    if (unit.kind() == Kind.WON) {
      double won = value * unit.factor();
      return messages.isKorean() ? manEok(won) : number(won);
    }
    return number(value);
  }

  /** "5,000" + 원, but "5,200만" + " 원": the unit after a spelled-out unit takes a space. */
  private static String wonSuffix(String text) {
    char last = text.charAt(text.length() - 1);
    return last == '만' || last == '억' || last == '조' ? text + " 원" : text + "원";
  }

  /** "/년" follows the unit closely; "(3년 합계)" after a space. */
  private static String qualifier(Unit unit) {
    String q = unit.qualifier();
    return q.isEmpty() || q.startsWith("/") ? q : " " + q;
  }

  private static String symbol(String symbol, String number) {
    return number.startsWith("-") ? "-" + symbol + number.substring(1) : symbol + number;
  }

  /** Korean units sit right after the number (3명); others after a space (3 people). */
  private static String attach(String text, String unit) {
    return Character.UnicodeScript.of(unit.codePointAt(0)) == Character.UnicodeScript.HANGUL
        ? text + unit
        : text + " " + unit;
  }

  private static String onScale(Messages messages, RatingScale scale, String text) {
    boolean fromZeroOrOne = scale.min() == 0 || scale.min() == 1;
    return fromZeroOrOne
        ? messages.get("sheet.scale.of", text, number(scale.max()))
        : messages.get("sheet.scale.within", text, number(scale.min()), number(scale.max()));
  }

  private static Unit unit(Criterion criterion) {
    return criterion.scale() instanceof QuantityScale q ? unitOf(q.unit()) : unitOf("");
  }

  private static Unit unitOf(String written) {
    String text = written.strip();
    String key = text.toLowerCase(Locale.ROOT);
    String squeezed = key.replace(" ", "");
    Double factor = WON.containsKey(key) ? WON.get(key) : WON.get(squeezed);
    if (factor != null) {
      return new Unit(Kind.WON, text, factor, "");
    }
    java.util.regex.Matcher qualified = QUALIFIED_WON.matcher(text);
    if (qualified.matches()) {
      String won = qualified.group(1).replace(" ", "");
      return new Unit(Kind.WON, qualified.group(1), WON.get(won), "", qualified.group(2).strip());
    }
    if (SYMBOLS.containsKey(key)) {
      return new Unit(Kind.SYMBOL, SYMBOLS.get(key), 1, "");
    }
    if (CURRENCIES.contains(key)) {
      return new Unit(Kind.CURRENCY, text, 1, "");
    }
    if (TIME.containsKey(key)) {
      return new Unit(Kind.TIME, text, 1, TIME.get(key));
    }
    if (key.equals("%") || key.equals("percent") || key.equals("퍼센트")) {
      return new Unit(Kind.PERCENT, "%", 1, "");
    }
    return new Unit(Kind.OTHER, text, 1, "");
  }

  /** A plain number: grouped, at most two decimals (see {@link Numbers#value}). */
  private static String number(double value) {
    return Numbers.value(value);
  }

  /**
   * Won as Korean reads them, in 만 (10^4), 억 (10^8) and 조 (10^12): 52,000,000 is "5,200만",
   * 150,000,000 "1억 5,000만", 2,505,000 "250만 5,000"; below 10,000 the plain number. Fractions
   * of a won are dropped once the amount reaches 만.
   */
  static String manEok(double won) {
    double abs = Math.abs(won);
    if (abs < 10_000 || abs >= 1e16 || Double.isNaN(won)) {
      return number(won);
    }
    long rest = Math.round(abs);
    long[] units = {1_000_000_000_000L, 100_000_000L, 10_000L, 1L};
    String[] names = {"조", "억", "만", ""};
    DecimalFormat grouped = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < units.length; i++) {
      long part = rest / units[i];
      rest %= units[i];
      if (part > 0) {
        parts.add(grouped.format(part) + names[i]);
      }
    }
    return (won < 0 ? "-" : "") + String.join(" ", parts);
  }
}
