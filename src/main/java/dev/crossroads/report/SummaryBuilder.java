package dev.crossroads.report;

import dev.crossroads.Messages;
import dev.crossroads.Numbers;
import dev.crossroads.analysis.AnalysisResult;
import dev.crossroads.analysis.DealbreakerRisk;
import dev.crossroads.analysis.Verdict;
import dev.crossroads.analysis.MethodRanking;
import dev.crossroads.analysis.OptionOdds;
import dev.crossroads.analysis.RankedOption;
import dev.crossroads.analysis.RatingChange;
import dev.crossroads.analysis.WeightInterval;
import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Gate;
import dev.crossroads.decision.Option;
import dev.crossroads.decision.QuantityScale;
import dev.crossroads.decision.Rating;
import dev.crossroads.decision.RatingScale;
import dev.crossroads.method.DecisionMatrix;
import dev.crossroads.money.MoneyOverlap;
import dev.crossroads.method.ValueFunctions;
import dev.crossroads.weighting.Consistency;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a decision and its analysis into a {@link Summary}: picks what is worth saying and phrases
 * it. It reads numbers from the analysis and never computes new ones.
 */
public final class SummaryBuilder {
  private final Messages messages;
  private final MoneyOverlap money;
  private final WaysToFindOut ways;

  public SummaryBuilder(Messages messages) {
    this(messages, MoneyOverlap.none(), WaysToFindOut.NONE);
  }

  private SummaryBuilder(Messages messages, MoneyOverlap money, WaysToFindOut ways) {
    this.messages = messages;
    this.money = money;
    this.ways = ways;
  }

  /** A builder that says which criterion carries the money, and warns when it counts twice. */
  public SummaryBuilder withMoney(MoneyOverlap overlap) {
    return new SummaryBuilder(messages, overlap, ways);
  }

  /** A builder whose "Find out first" says how, where {@code ways} knows a way. */
  public SummaryBuilder withWaysToFindOut(WaysToFindOut ways) {
    return new SummaryBuilder(messages, money, ways);
  }

  public Summary build(Decision decision, AnalysisResult result) {
    Map<String, String> options =
        decision.options().stream().collect(Collectors.toMap(Option::id, Option::label));
    Map<String, String> criteria =
        decision.criteria().stream().collect(Collectors.toMap(Criterion::id, Criterion::label));
    MethodRanking wsm = method(result, "wsm");
    Map<String, OptionOdds> odds =
        result.robustness().options().stream()
            .collect(Collectors.toMap(OptionOdds::optionId, Function.identity()));

    double[][] contributions = contributions(decision, result);
    List<Summary.RankRow> ranking = new ArrayList<>();
    for (RankedOption row : wsm.ranking()) {
      OptionOdds o = odds.get(row.optionId());
      List<Double> split = new ArrayList<>();
      for (double c : contributions[decision.optionIndex(row.optionId())]) {
        split.add(c);
      }
      ranking.add(
          new Summary.RankRow(
              row.rank(),
              options.get(row.optionId()),
              row.score(),
              rankIn(result, "wpm", row.optionId()),
              rankIn(result, "topsis", row.optionId()),
              o == null ? 0 : o.probabilityFirst(),
              o == null ? 0 : o.standardError(),
              !row.passesGates(),
              split));
    }

    List<Summary.WeightRow> weights = new ArrayList<>();
    result.weights().forEach((id, w) -> weights.add(new Summary.WeightRow(criteria.get(id), w)));
    weights.sort(Comparator.comparingDouble(Summary.WeightRow::weight).reversed());

    String winner = options.get(wsm.winner());
    List<Summary.SensitivityRow> sensitivity = new ArrayList<>();
    for (WeightInterval interval : result.sensitivity().weights()) {
      sensitivity.add(
          new Summary.SensitivityRow(
              criteria.get(interval.criterionId()),
              interval.weight(),
              interval.low(),
              interval.high(),
              range(interval),
              takeover(interval, options)));
    }

    return new Summary(
        decision.title(),
        new VerdictText(messages, decision).of(result),
        new FindOutText(messages, decision, ways).of(result),
        decision.criteria().stream().map(Criterion::label).toList(),
        ranking,
        scoresInWords(ranking, decision.criteria()),
        weights,
        methodNotes(result, options, criteria),
        messages.get(
            result.allOptionsFailGates()
                ? "report.sensitivity.headerNonePasses"
                : "report.sensitivity.header",
            winner),
        sensitivity,
        ratingChange(decision, result, options, criteria),
        messages.get(
            "report.robustness.header",
            Numbers.value(result.robustness().draws()),
            String.valueOf(result.robustness().seed())),
        dealbreakerRisks(decision, result, options),
        takeaways(decision, result, options),
        uncertainties(decision),
        notes(decision, result, options, criteria),
        howItWasWorkedOut(result));
  }

  /** One line per option whose rating range reaches past a dealbreaker's limit. */
  private List<String> dealbreakerRisks(
      Decision decision, AnalysisResult result, Map<String, String> options) {
    List<String> out = new ArrayList<>();
    for (DealbreakerRisk risk : result.dealbreakerRisks()) {
      Criterion criterion = decision.criteria().get(decision.criterionIndex(risk.criterionId()));
      String range =
          ValueText.rating(messages, criterion, decision.rating(risk.optionId(), risk.criterionId()));
      String option = options.get(risk.optionId());
      String share = Numbers.percent(risk.chanceFails());
      String line;
      if (risk.crossesMinimum() && risk.crossesMaximum()) {
        line =
            messages.get(
                "report.risk.between",
                option,
                criterion.label(),
                range,
                ValueText.number(messages, criterion, risk.gate().atLeast().getAsDouble()),
                ValueText.number(messages, criterion, risk.gate().atMost().getAsDouble()),
                share);
      } else {
        boolean minimum = risk.crossesMinimum();
        double limit =
            minimum ? risk.gate().atLeast().getAsDouble() : risk.gate().atMost().getAsDouble();
        line =
            messages.get(
                minimum ? "report.risk.atLeast" : "report.risk.atMost",
                option,
                criterion.label(),
                range,
                ValueText.value(messages, criterion, limit),
                share);
      }
      out.add(risk.failsOnCentral() ? line + " " + messages.get("report.risk.out") : line);
    }
    return out;
  }

  /** What each method and figure means, once, in plain words; the thresholds the verdict used. */
  private List<String> howItWasWorkedOut(AnalysisResult result) {
    Verdict.Thresholds t = result.verdict().thresholds();
    return List.of(
        messages.get("report.how.wsm"),
        messages.get("report.how.wpm"),
        messages.get("report.how.topsis"),
        messages.get(
            "report.how.draws",
            Numbers.value(result.robustness().draws()),
            String.valueOf(result.robustness().seed())),
        messages.get("report.how.plusMinus"),
        messages.get("report.how.findOut"),
        messages.get("report.how.dealbreakers"),
        messages.get(
            "report.how.verdict",
            Numbers.fixed(t.clearChance() * 100, 0),
            Numbers.fixed(t.weightMargin() * 100, 0),
            Numbers.fixed(t.likelyChance() * 100, 0)));
  }

  /**
   * Each option's weighted-sum score split by criterion (weight times value), through the same
   * value functions the weighted sum uses, so the parts add up to the score shown.
   */
  private static double[][] contributions(Decision decision, AnalysisResult result) {
    double[][] values = ValueFunctions.values(DecisionMatrix.central(decision));
    List<Criterion> criteria = decision.criteria();
    for (double[] row : values) {
      for (int j = 0; j < criteria.size(); j++) {
        row[j] *= result.weights().getOrDefault(criteria.get(j).id(), 0.0);
      }
    }
    return values;
  }

  /**
   * The chart of the ranking in words: each option's score and the points each criterion adds to
   * it, the criteria that add none left out, as the chart leaves them out.
   */
  private List<String> scoresInWords(List<Summary.RankRow> ranking, List<Criterion> criteria) {
    List<String> lines = new ArrayList<>();
    for (Summary.RankRow row : ranking) {
      List<String> parts = new ArrayList<>();
      for (int j = 0; j < criteria.size(); j++) {
        String points = Numbers.score(row.contributions().get(j));
        if (!points.equals(Numbers.score(0))) {
          parts.add(messages.get("report.why.wordsPart", criteria.get(j).label(), points));
        }
      }
      lines.add(parts.isEmpty()
          ? messages.get("report.why.wordsNone", row.label(), Numbers.score(row.score()))
          : messages.get("report.why.wordsItem", row.label(), Numbers.score(row.score()),
              String.join("; ", parts)));
    }
    return lines;
  }

  private static MethodRanking method(AnalysisResult result, String id) {
    return result.method(id).orElseThrow(() -> new IllegalStateException("no " + id + " result"));
  }

  private static int rankIn(AnalysisResult result, String methodId, String optionId) {
    return result
        .method(methodId)
        .flatMap(m -> m.option(optionId))
        .map(RankedOption::rank)
        .orElse(0);
  }

  private String range(WeightInterval interval) {
    if (interval.low() <= 0 && interval.high() >= 1) {
      return messages.get("report.range.always");
    }
    return messages.get(
        "report.range.between", Numbers.percent(interval.low()), Numbers.percent(interval.high()));
  }

  private String takeover(WeightInterval interval, Map<String, String> options) {
    Optional<String> below = interval.takeoverBelow().map(options::get);
    Optional<String> above = interval.takeoverAbove().map(options::get);
    if (below.isPresent() && above.isPresent()) {
      return messages.get("report.takeover.both", below.get(), above.get());
    }
    if (below.isPresent()) {
      return messages.get("report.takeover.below", below.get());
    }
    if (above.isPresent()) {
      return messages.get("report.takeover.above", above.get());
    }
    return messages.get("report.takeover.none");
  }

  private List<String> methodNotes(
      AnalysisResult result, Map<String, String> options, Map<String, String> criteria) {
    List<String> notes = new ArrayList<>();
    if (result.methodsAgreeOnRanking()) {
      notes.add(messages.get("report.agreeAll"));
    } else if (result.methodsAgreeOnWinner()) {
      notes.add(messages.get("report.agreeWinner", options.get(method(result, "wsm").winner())));
    } else {
      notes.add(
          messages.get(
              "report.disagree",
              options.get(method(result, "wsm").winner()),
              options.get(method(result, "wpm").winner()),
              options.get(method(result, "topsis").winner())));
    }
    result
        .consistency()
        .ifPresent(
            c -> {
              notes.add(
                  messages.get(
                      "report.consistency",
                      Numbers.fixed(c.consistencyRatio(), 3),
                      messages.get(
                          c.acceptable() ? "report.consistency.ok" : "report.consistency.bad")));
              if (!c.acceptable()) {
                c.worstJudgement()
                    .ifPresent(
                        fix ->
                            notes.add(
                                messages.get(
                                    "report.consistency.fix",
                                    criteria.get(fix.a()),
                                    criteria.get(fix.b()),
                                    saaty(fix.given()),
                                    saaty(fix.suggested()))));
              }
            });
    return notes;
  }

  /** Saaty's scale reads as whole numbers and their reciprocals: 3, 1/5. */
  static String saaty(double ratio) {
    if (ratio >= 1) {
      return Numbers.value(Math.round(ratio * 100) / 100.0);
    }
    double inverse = 1 / ratio;
    if (Math.abs(inverse - Math.round(inverse)) < 1e-6) {
      return "1/" + Math.round(inverse);
    }
    return Numbers.fixed(ratio, 2);
  }

  private String ratingChange(
      Decision decision,
      AnalysisResult result,
      Map<String, String> options,
      Map<String, String> criteria) {
    Optional<RatingChange> smallest = result.sensitivity().smallestRatingChange();
    if (smallest.isEmpty()) {
      return messages.get("report.ratingChange.none");
    }
    RatingChange c = smallest.get();
    Criterion criterion = decision.criteria().get(decision.criterionIndex(c.criterionId()));
    // The value is the one the analysis checked; printed as it is, never rounded again.
    return messages.get(
        "report.ratingChange",
        options.get(c.optionId()),
        criteria.get(c.criterionId()),
        ValueText.value(messages, criterion, c.from()),
        // The scale is said once, with the value now.
        ValueText.number(messages, criterion, c.to()),
        Numbers.percent(c.fractionOfSpan()),
        c.newWinner()
            .map(id -> messages.get("report.ratingChange.then", options.get(id)))
            .orElseGet(() -> messages.get("report.ratingChange.thenNone")));
  }

  /**
   * What the verdict does not already say: how the gut ranking compares with it. The verdict's
   * own words (who leads, how sure, what would change it) are never repeated here.
   */
  private List<String> takeaways(
      Decision decision, AnalysisResult result, Map<String, String> options) {
    List<String> out = new ArrayList<>();
    List<String> gut = decision.meta().gutRanking();
    Verdict verdict = result.verdict();
    if (!gut.isEmpty() && options.containsKey(gut.get(0))) {
      String gutFirst = gut.get(0);
      if (verdict.leader().isEmpty()) {
        out.add(messages.get("report.gut.none", options.get(gutFirst)));
      } else if (verdict.tied().contains(gutFirst)) {
        out.add(messages.get("report.gut.tied", options.get(gutFirst)));
      } else if (verdict.leader().get().equals(gutFirst)) {
        out.add(messages.get("report.gut.same", options.get(gutFirst)));
      } else {
        out.add(messages.get("report.gut", options.get(gutFirst), options.get(verdict.leader().get())));
      }
    }
    return out;
  }

  /** How many unsure ratings the summary names; the rest are in the profile. */
  static final int MAX_UNCERTAINTIES = 6;

  /**
   * The ratings given as ranges, the widest (relative to the criterion's scale) first: these are
   * what the person does not know yet, and what the Monte Carlo varies. A range spanning the
   * whole scale is how "don't know" was recorded.
   */
  private List<String> uncertainties(Decision decision) {
    record Unsure(String text, double share) {}
    List<Unsure> unsure = new ArrayList<>();
    for (Criterion criterion : decision.criteria()) {
      double[] bounds = bounds(decision, criterion);
      double span = bounds[1] - bounds[0];
      for (Option option : decision.options()) {
        Rating rating = decision.ratings().getOrDefault(option.id(), Map.of()).get(criterion.id());
        if (!(rating instanceof Rating.Range range) || !(range.high() > range.low())) {
          continue;
        }
        double share = span > 0 ? (range.high() - range.low()) / span : 1;
        boolean whole = range.low() <= bounds[0] && range.high() >= bounds[1]
            && criterion.scale() instanceof RatingScale;
        String value = whole
            ? messages.get("report.uncertain.unknown")
            : ValueText.rating(messages, criterion, rating);
        unsure.add(new Unsure(
            messages.get("report.uncertain.item", option.label(), criterion.label(), value), share));
      }
    }
    unsure.sort(Comparator.comparingDouble(Unsure::share).reversed());
    return unsure.stream().limit(MAX_UNCERTAINTIES).map(Unsure::text).toList();
  }

  /** The ends a rating is judged against: the scale's, or the options' own spread for quantities. */
  private static double[] bounds(Decision decision, Criterion criterion) {
    if (criterion.scale() instanceof RatingScale r) {
      return new double[] {r.min(), r.max()};
    }
    QuantityScale q = (QuantityScale) criterion.scale();
    if (q.hasFixedEnds()) {
      double a = q.worst().getAsDouble();
      double b = q.best().getAsDouble();
      return new double[] {Math.min(a, b), Math.max(a, b)};
    }
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (Option option : decision.options()) {
      Rating rating = decision.ratings().getOrDefault(option.id(), Map.of()).get(criterion.id());
      if (rating != null) {
        lo = Math.min(lo, rating.low());
        hi = Math.max(hi, rating.high());
      }
    }
    return lo <= hi ? new double[] {lo, hi} : new double[] {0, 0};
  }

  private List<String> notes(
      Decision decision,
      AnalysisResult result,
      Map<String, String> options,
      Map<String, String> criteria) {
    List<String> notes = new ArrayList<>();
    if (result.allOptionsFailGates()) {
      notes.add(messages.get("report.gates.all"));
    }
    Set<String> described = new LinkedHashSet<>();
    result
        .failedGates()
        .forEach(
            (optionId, gates) -> {
              for (Gate gate : gates) {
                described.add(describe(decision, gate));
              }
            });
    if (!described.isEmpty()) {
      // With every option failing, the ranking is by score alone: "never first" would be false.
      notes.add(
          messages.get(
              result.allOptionsFailGates() ? "report.gates.noteAll" : "report.gates.note",
              String.join(", ", described)));
    }
    money.carrier().map(criteria::get).ifPresent(carrier -> notes.add(moneyNote(carrier, criteria)));
    return notes;
  }

  /** Which criterion carries the money, and whether another one counts it again. */
  private String moneyNote(String carrier, Map<String, String> criteria) {
    return switch (money.counting()) {
      case ONCE -> messages.get("report.money.once", carrier);
      case TWICE_ON_PURPOSE ->
          messages.get("report.money.onPurpose", carrier, labels(money.keptOnPurpose(), criteria));
      case TWICE_UNANSWERED ->
          messages.get("report.money.twice", carrier, labels(money.unanswered(), criteria));
    };
  }

  private static String labels(List<String> ids, Map<String, String> criteria) {
    return String.join(", ", ids.stream().map(id -> criteria.getOrDefault(id, id)).toList());
  }

  private String describe(Decision decision, Gate gate) {
    Criterion criterion = decision.criteria().get(decision.criterionIndex(gate.criterionId()));
    List<String> parts = new ArrayList<>();
    gate.atLeast()
        .ifPresent(
            v ->
                parts.add(
                    messages.get(
                        "report.gate.atLeast",
                        criterion.label(),
                        ValueText.number(messages, criterion, v))));
    gate.atMost()
        .ifPresent(
            v ->
                parts.add(
                    messages.get(
                        "report.gate.atMost",
                        criterion.label(),
                        ValueText.number(messages, criterion, v))));
    return String.join(", ", parts);
  }

}
