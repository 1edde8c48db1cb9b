package dev.crossroads.report;

import dev.crossroads.Messages;
import dev.crossroads.Numbers;
import dev.crossroads.money.BreakEven;
import dev.crossroads.money.BreakEvenBand;
import dev.crossroads.money.MoneyResult;
import dev.crossroads.money.OptionMoney;
import java.util.ArrayList;
import java.util.List;

/**
 * The break-even of each pair of options in words: which one starts behind, and in which year it
 * catches up with the other in the conservative and the optimistic case, or that it does not
 * within the horizon. One sentence for plain cumulatives and one for discounted ones.
 */
public final class BreakEvenText {
  private final Messages messages;

  public BreakEvenText(Messages messages) {
    this.messages = messages;
  }

  /** For each pair (in option order) the plain sentence followed by the discounted one. */
  public List<List<String>> pairs(MoneyPage page) {
    MoneyResult result = page.result();
    List<List<String>> out = new ArrayList<>();
    List<OptionMoney> options = result.options();
    for (int i = 0; i < options.size(); i++) {
      for (int j = i + 1; j < options.size(); j++) {
        OptionMoney a = options.get(i);
        OptionMoney b = options.get(j);
        // The one behind after the first year is the one that may catch up.
        boolean aBehind = firstYear(a, false) < firstYear(b, false)
            || (firstYear(a, false) == firstYear(b, false) && firstYear(a, true) <= firstYear(b, true));
        OptionMoney behind = aBehind ? a : b;
        OptionMoney ahead = aBehind ? b : a;
        String who = page.label(behind.option());
        String whom = page.label(ahead.option());
        BreakEvenBand plain = result.breakEven(behind.option(), ahead.option(), false).orElseThrow();
        BreakEvenBand discounted = result.breakEven(behind.option(), ahead.option(), true).orElseThrow();
        int horizon = result.settings().horizonYears();
        List<String> sentences = new ArrayList<>();
        sentences.add(plain(who, whom, plain, horizon));
        sentences.add(messages.get("money.report.discountedBand",
            Numbers.value(result.settings().discountRate() * 100), band(discounted, horizon)));
        out.add(sentences);
      }
    }
    return out;
  }

  private String plain(String who, String whom, BreakEvenBand band, int horizon) {
    BreakEven c = band.conservative();
    BreakEven o = band.optimistic();
    String sentence;
    if (late(c) && late(o)) {
      int yc = c.year().getAsInt();
      int yo = o.year().getAsInt();
      sentence = yc == yo
          ? messages.get("money.report.catchesUpBoth", who, whom, yc)
          : messages.get("money.report.catchesUp", who, whom, yc, yo, Math.min(yc, yo), Math.max(yc, yo));
    } else if (!c.reached() && !o.reached()) {
      sentence = messages.get("money.report.never", who, whom, horizon);
    } else {
      sentence = messages.get("money.report.catchesUpMixed", who, whom,
          phrase(c, horizon), phrase(o, horizon));
    }
    if ((c.reached() && !c.staysAhead()) || (o.reached() && !o.staysAhead())) {
      sentence += " " + messages.get("money.report.fallsBehind");
    }
    return sentence;
  }

  /**
   * "year 7..9" for the band, or a phrase per case when they differ in kind. The years come
   * conservative first, then earliest and latest: Korean reads a range low to high (8~10년 차).
   */
  private String band(BreakEvenBand band, int horizon) {
    BreakEven c = band.conservative();
    BreakEven o = band.optimistic();
    if (late(c) && late(o)) {
      int yc = c.year().getAsInt();
      int yo = o.year().getAsInt();
      return yc == yo
          ? messages.get("money.report.year", yc)
          : messages.get("money.report.years", yc, yo, Math.min(yc, yo), Math.max(yc, yo));
    }
    if (!c.reached() && !o.reached()) {
      return messages.get("money.report.notWithin", horizon);
    }
    return messages.get("money.report.perCase", phrase(c, horizon), phrase(o, horizon));
  }

  private String phrase(BreakEven breakEven, int horizon) {
    if (!breakEven.reached()) {
      return messages.get("money.report.notWithin", horizon);
    }
    if (!late(breakEven)) {
      return messages.get("money.report.neverBehind");
    }
    return messages.get("money.report.year", breakEven.year().getAsInt());
  }

  /** Reached after starting behind (an exact year of 0 means never behind). */
  private static boolean late(BreakEven breakEven) {
    return breakEven.reached() && breakEven.exactYear().getAsDouble() > 0;
  }

  private static double firstYear(OptionMoney option, boolean optimistic) {
    return (optimistic ? option.optimistic() : option.conservative()).rows().get(0).cumulative();
  }
}
