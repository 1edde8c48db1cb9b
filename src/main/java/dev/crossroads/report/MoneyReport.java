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

/**
 * The money view for a terminal: the settings (the person's own figures), what each option
 * assumes, a year-by-year table per option, a chart of cumulative net income, the totals at the
 * horizon, when each option catches up with each other, and the dated facts that may matter.
 * Every line fits {@code style.width()} columns, counted by display width.
 */
public final class MoneyReport extends TextRenderer<MoneyPage> {
  public MoneyReport(Messages messages, TextStyle style) {
    super(messages, style);
  }

  @Override
  void layOut(TextPage view, MoneyPage page) {
    MoneyResult result = page.result();
    MoneySettings settings = result.settings();
    MoneyAmounts amounts = MoneyAmounts.forPage(result, messages);
    String unit = amounts.unit(messages, settings.currency());
    int width = style.width();

    String title = messages.get("money.report.title", settings.horizonYears(), page.title());
    view.title(title);
    view.rule(DisplayWidth.of(title));
    view.addAll(view.wrap(messages.get("money.report.ownFigures"), "", ""));

    view.heading(messages.get("money.report.settings"));
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
      view.addAll(view.wrap(row[1], INDENT + DisplayWidth.padRight(row[0], labelWidth) + "  ", hang));
    }

    // A won page spells every amount in its sentences, so their heading names no unit.
    view.heading(messages.get(amounts.won() ? "money.report.assumptionsSpelled"
        : "money.report.assumptions", unit));
    for (OptionMoney option : result.options()) {
      MoneyModel model = page.models().get(option.option());
      String text = page.label(option.option()) + ": " + (model == null ? "" : assumptions(model, amounts));
      view.addAll(view.wrap(text, INDENT, INDENT + "  "));
    }

    view.heading(messages.get("money.report.yearByYear", unit));
    MoneyYearTable years = new MoneyYearTable(messages, style, amounts);
    for (OptionMoney option : result.options()) {
      view.add("");
      view.paragraph(page.label(option.option()));
      view.addAll(years.lines(option));
    }
    view.paragraph(messages.get("money.report.studyMark"));

    view.heading(messages.get("money.report.chart", unit));
    view.addAll(new MoneyChart(style, amounts).lines(result.options()));
    for (int i = 0; i < result.options().size(); i++) {
      String legend = MoneyChart.letter(i) + "  " + page.label(result.options().get(i).option());
      view.addAll(view.wrap(legend, INDENT, INDENT + "   "));
    }
    view.paragraph(messages.get("money.report.chartNote"));
    if (style.ascii()) {
      // --ascii is also for screen readers and braille displays, which cannot read a chart.
      view.paragraph(messages.get("money.report.chartWords", unit));
      view.bullets(chartInWords(page, amounts));
    }

    view.addAll(brief(page));

    if (!page.facts().isEmpty()) {
      view.heading(messages.get("money.report.facts"));
      for (DatedNote fact : page.facts()) {
        // The facts are the question bank's words, not the person's: in ASCII under --ascii.
        view.bullet(messages.get("money.report.asOf", fact.asOf().toString(),
            messages.ours(fact.text())));
        view.addAll(view.wrap(messages.get("money.report.source", messages.ours(fact.source())),
            INDENT + "  ", INDENT + "  "));
      }
    }
  }

  /**
   * What the chart draws, in words: each option's cumulative net income (conservative to
   * optimistic) in the first year, the middle one and the last.
   */
  private List<String> chartInWords(MoneyPage page, MoneyAmounts amounts) {
    List<String> lines = new ArrayList<>();
    for (OptionMoney option : page.result().options()) {
      int horizon = option.conservative().rows().size();
      List<String> years = new ArrayList<>();
      for (int year : new java.util.TreeSet<>(List.of(1, (horizon + 1) / 2, horizon))) {
        years.add(messages.get("money.report.chartWordsYear", year, amounts.band(messages,
            option.conservative().rows().get(year - 1).cumulative(),
            option.optimistic().rows().get(year - 1).cumulative())));
      }
      lines.add(page.label(option.option()) + ": " + String.join(", ", years));
    }
    return lines;
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
    TextPage view = new TextPage(style);
    view.heading(messages.get("money.report.totals", settings.horizonYears(), unit));
    Table totals = new Table(List.of(Table.Align.LEFT, Table.Align.RIGHT, Table.Align.RIGHT))
        .header(List.of(messages.get("money.report.option"), messages.get("money.report.netIncome"),
            messages.get("money.report.presentValue")));
    for (OptionMoney option : result.options()) {
      totals.row(List.of(page.label(option.option()),
          amounts.band(messages, option.conservative().netIncome(), option.optimistic().netIncome()),
          amounts.band(messages, option.conservative().netPresentValue(),
              option.optimistic().netPresentValue())));
    }
    view.addAll(totals.render(view.width(), INDENT));
    view.paragraph(messages.get("money.report.bandNote", percent(settings.discountRate())));

    if (result.options().size() > 1) {
      view.heading(messages.get("money.report.breakEven"));
      for (List<String> pair : new BreakEvenText(messages).pairs(page)) {
        view.bullet(pair.get(0));
        view.addAll(view.wrap(pair.get(1), INDENT + "  ", INDENT + "  "));
      }
    }
    return view.lines();
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
}
