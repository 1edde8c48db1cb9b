package dev.crossroads.report;

import dev.crossroads.DisplayWidth;

import dev.crossroads.Messages;
import dev.crossroads.Numbers;
import dev.crossroads.money.Equity;
import dev.crossroads.money.MoneyModel;
import dev.crossroads.money.MoneyResult;
import dev.crossroads.money.MoneySettings;
import dev.crossroads.money.Obligation;
import dev.crossroads.money.OptionMoney;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * The money view for a terminal: the settings (the person's own figures), what each option
 * assumes, a year-by-year table per option, a chart of cumulative net income, the totals at the
 * horizon, when each option catches up with each other, and the dated facts that may matter.
 * Every line fits {@code style.width()} columns, counted by display width.
 */
public final class MoneyReport {
  private static final String INDENT = "  ";

  private final Messages messages;
  private final TextStyle style;

  public MoneyReport(Messages messages, TextStyle style) {
    this.messages = messages;
    this.style = style;
  }

  public String render(MoneyPage page) {
    return String.join("\n", lines(page)) + "\n";
  }

  public List<String> lines(MoneyPage page) {
    MoneyResult result = page.result();
    MoneySettings settings = result.settings();
    MoneyAmounts amounts = MoneyAmounts.forPage(result, messages);
    String unit = amounts.unit(messages, settings.currency());
    int width = style.width();
    List<String> out = new ArrayList<>();

    String title = messages.get("money.report.title", settings.horizonYears(), page.title());
    out.addAll(Wrap.lines(title, width, "", ""));
    if (style.color()) {
      out.set(0, bold(out.get(0)));
    }
    out.add((style.ascii() ? "=" : "─").repeat(Math.min(width, Math.max(20, DisplayWidth.of(title)))));
    out.addAll(Wrap.lines(messages.get("money.report.ownFigures"), width, "", ""));

    heading(out, "money.report.settings");
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {messages.get("money.report.horizon"),
        messages.get("money.report.horizonValue", settings.horizonYears())});
    rows.add(new String[] {messages.get("money.report.discountRate"),
        messages.get("money.report.discountRateValue", percent(settings.discountRate()))});
    rows.add(new String[] {messages.get("money.report.currency"),
        messages.get("money.report.currencyValue", settings.currency(), unit)});
    page.criterion().ifPresent(feeds -> rows.add(new String[] {messages.get("money.report.feeds"),
        messages.get(feeds.discounted() ? "money.report.feedsNpv" : "money.report.feedsCumulative",
            feeds.label(), settings.horizonYears())}));
    int labelWidth = rows.stream().mapToInt(r -> DisplayWidth.of(r[0])).max().orElse(0);
    // Values wrap under themselves; labels too wide for a narrow terminal hang instead.
    String hang = INDENT + " ".repeat(Math.min(labelWidth + 2, width / 3));
    for (String[] row : rows) {
      out.addAll(Wrap.lines(row[1], width, INDENT + DisplayWidth.padRight(row[0], labelWidth) + "  ", hang));
    }

    // A won page spells every amount in its sentences, so their heading names no unit.
    heading(out, amounts.won() ? "money.report.assumptionsSpelled" : "money.report.assumptions", unit);
    for (OptionMoney option : result.options()) {
      MoneyModel model = page.models().get(option.option());
      String text = page.label(option.option()) + ": " + (model == null ? "" : assumptions(model, amounts));
      out.addAll(Wrap.lines(text, width, INDENT, INDENT + "  "));
    }

    heading(out, "money.report.yearByYear", unit);
    MoneyYearTable years = new MoneyYearTable(messages, style, amounts);
    for (OptionMoney option : result.options()) {
      out.add("");
      out.addAll(Wrap.lines(page.label(option.option()), width, INDENT, INDENT));
      out.addAll(years.lines(option));
    }
    out.addAll(Wrap.lines(messages.get("money.report.studyMark"), width, INDENT, INDENT));

    heading(out, "money.report.chart", unit);
    out.addAll(new MoneyChart(style, amounts).lines(result.options()));
    for (int i = 0; i < result.options().size(); i++) {
      String legend = MoneyChart.letter(i) + "  " + page.label(result.options().get(i).option());
      out.addAll(Wrap.lines(legend, width, INDENT, INDENT + "   "));
    }
    out.addAll(Wrap.lines(messages.get("money.report.chartNote"), width, INDENT, INDENT));

    out.addAll(brief(page));

    if (!page.facts().isEmpty()) {
      heading(out, "money.report.facts");
      for (DatedNote fact : page.facts()) {
        out.addAll(Wrap.lines(messages.get("money.report.asOf", fact.asOf().toString(), fact.text()),
            width, INDENT + "- ", INDENT + "  "));
        out.addAll(Wrap.lines(messages.get("money.report.source", fact.source()),
            width, INDENT + "  ", INDENT + "  "));
      }
    }
    return out;
  }

  /**
   * The money view in short, for the decision summary and its exports: what each option adds up
   * to over the horizon, and when one catches up with another.
   */
  public List<String> brief(MoneyPage page) {
    MoneyResult result = page.result();
    MoneySettings settings = result.settings();
    MoneyAmounts amounts = MoneyAmounts.forPage(result, messages);
    String unit = amounts.unit(messages, settings.currency());
    int width = style.width();
    List<String> out = new ArrayList<>();
    heading(out, "money.report.totals", settings.horizonYears(), unit);
    Table totals = new Table(List.of(Table.Align.LEFT, Table.Align.RIGHT, Table.Align.RIGHT))
        .header(List.of(messages.get("money.report.option"), messages.get("money.report.netIncome"),
            messages.get("money.report.presentValue")));
    for (OptionMoney option : result.options()) {
      totals.row(List.of(page.label(option.option()),
          amounts.band(messages, option.conservative().netIncome(), option.optimistic().netIncome()),
          amounts.band(messages, option.conservative().netPresentValue(),
              option.optimistic().netPresentValue())));
    }
    out.addAll(totals.render(width, INDENT));
    out.addAll(Wrap.lines(messages.get("money.report.bandNote", percent(settings.discountRate())),
        width, INDENT, INDENT));

    if (result.options().size() > 1) {
      heading(out, "money.report.breakEven");
      for (List<String> pair : new BreakEvenText(messages).pairs(page)) {
        out.addAll(Wrap.lines(pair.get(0), width, INDENT + "- ", INDENT + "  "));
        out.addAll(Wrap.lines(pair.get(1), width, INDENT + "  ", INDENT + "  "));
      }
    }

    return out;
  }

  /** What the option assumes, in one sentence of the page's unit. */
  private String assumptions(MoneyModel m, MoneyAmounts amounts) {
    List<String> parts = new ArrayList<>();
    if (m.studyYears() > 0) {
      parts.add(messages.get("money.report.study", Numbers.value(m.studyYears()),
          amounts.inWords(messages, m.tuitionPerYear()), amounts.inWords(messages, m.stipendPerYear())));
    }
    parts.add(messages.get(m.studyYears() > 0 ? "money.report.salaryAfter" : "money.report.salary",
        amounts.bandInWords(messages, m.salary().conservative(), m.salary().optimistic()),
        percent(m.raiseRate())));
    if (m.livingCostDeltaPerYear() != 0) {
      parts.add(messages.get("money.report.living", amounts.inWords(messages, m.livingCostDeltaPerYear())));
    }
    for (Obligation o : m.obligations()) {
      if (o instanceof Obligation.Repayment r) {
        parts.add(messages.get("money.report.repayment", r.label(), amounts.inWords(messages, r.amount()),
            r.year(), percent(r.probability())));
      } else {
        Obligation.Clawback c = (Obligation.Clawback) o;
        parts.add(messages.get(c.proRata() ? "money.report.clawbackProRata" : "money.report.clawback",
            c.label(), amounts.inWords(messages, c.amount()), c.requiredServiceYears(),
            c.leaveAfterServiceYears(), percent(c.probability()), amounts.inWords(messages, c.owed()),
            c.year(m.studyYears())));
      }
    }
    if (m.equity().isPresent()) {
      Equity e = m.equity().get();
      parts.add(messages.get("money.report.equity",
          amounts.bandInWords(messages, e.value().conservative(), e.value().optimistic()),
          e.vestingYear()));
    }
    return String.join(messages.get("money.report.partSeparator"), parts) + messages.get("money.report.end");
  }

  private static String percent(double rate) {
    return Numbers.value(rate * 100) + "%";
  }

  private void heading(List<String> out, String key, Object... args) {
    out.add("");
    List<String> lines = Wrap.lines(messages.get(key, args), style.width(), "", "  ");
    if (style.color()) {
      lines.replaceAll(MoneyReport::bold);
    }
    out.addAll(lines);
  }

  private static String bold(String text) {
    return new AttributedString(text, AttributedStyle.BOLD).toAnsi();
  }
}
