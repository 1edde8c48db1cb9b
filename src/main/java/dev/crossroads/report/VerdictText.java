package dev.crossroads.report;

import dev.crossroads.Messages;
import dev.crossroads.Numbers;
import dev.crossroads.analysis.AnalysisResult;
import dev.crossroads.analysis.RatingChange;
import dev.crossroads.analysis.Verdict;
import dev.crossroads.analysis.WeightChange;
import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Option;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts the analysis's {@link Verdict} into words: a short tag for its kind and one or two plain
 * sentences. It only phrases the value; every figure and every choice of words follows from the
 * verdict's own fields, so all renderers say the same thing.
 */
public final class VerdictText {
  /** A share of draws that still rounds to "1 of 100": below it a risk is not worth a sentence. */
  private static final double WORTH_SAYING = 0.005;

  private final Messages messages;
  private final Decision decision;

  public VerdictText(Messages messages, Decision decision) {
    this.messages = messages;
    this.decision = decision;
  }

  public Summary.VerdictLines of(AnalysisResult result) {
    Verdict v = result.verdict();
    String leader = v.leader().map(this::option).orElse("");
    List<String> sentences = new ArrayList<>();
    boolean onlyOption = decision.options().size() == 1;
    switch (v.kind()) {
      case CLEAR, LIKELY, CLOSE -> sentences.add(onlyOption ? only(v, leader) : lead(v, leader));
      case TIE -> {
        sentences.add(
            messages.get(
                "report.verdict.tie", list(v.tied().stream().map(this::option).toList())));
        sentences.add(messages.get("report.verdict.tie.next"));
      }
      case NONE_PASSES ->
          v.closest()
              .ifPresent(
                  closest ->
                      sentences.add(
                          messages.get(
                              "report.verdict.none.closest",
                              option(closest),
                              list(v.closestNeeds().stream().map(this::need).toList()))));
    }
    if (v.leader().isPresent() && v.kind() != Verdict.Kind.TIE) {
      if (!onlyOption && v.leaderChanceFailsDealbreaker() >= WORTH_SAYING) {
        sentences.add(
            messages.get(
                "report.verdict.dealbreakerRisk",
                leader,
                outOf100(v.leaderChanceFailsDealbreaker())));
      }
      sentences.add(
          v.overturn()
              .map(this::overturn)
              .orElseGet(() -> messages.get("report.verdict.overturn.none")));
    }
    return new Summary.VerdictLines(
        v.kind().id(), leader, messages.get("report.verdict.kind." + v.kind().id()), sentences);
  }

  /** The first sentence of a clear, likely or close verdict. */
  private String lead(Verdict v, String leader) {
    if (v.kind() == Verdict.Kind.CLEAR) {
      return messages.get("report.verdict.clear", leader, chance(v.chanceFirst()));
    }
    if (v.kind() == Verdict.Kind.LIKELY) {
      return messages.get(
          v.reason() == Verdict.Reason.SHIFTS_WITH_A_WEIGHT
              ? "report.verdict.likely.weight"
              : "report.verdict.likely",
          leader,
          chance(v.chanceFirst()));
    }
    if (v.rival().isEmpty()) {
      return messages.get("report.verdict.close.alone", leader, chance(v.chanceFirst()));
    }
    String rival = option(v.rival().get());
    if (v.reason() == Verdict.Reason.ANOTHER_MORE_OFTEN_FIRST) {
      return messages.get(
          "report.verdict.close.rival",
          leader,
          outOf100(v.chanceFirst()),
          rival,
          outOf100(v.rivalChance()));
    }
    return messages.get(
        "report.verdict.close", leader, chance(v.chanceFirst()), rival, outOf100(v.rivalChance()));
  }

  /** With one option the only question is whether it passes the dealbreakers. */
  private String only(Verdict v, String leader) {
    return messages.get("report.verdict.only", leader, chance(v.chanceFirst()));
  }

  private String overturn(Verdict.Overturn overturn) {
    String then =
        overturn
            .newLeader()
            .map(id -> messages.get("report.verdict.then", option(id)))
            .orElseGet(() -> messages.get("report.verdict.thenNone"));
    if (overturn instanceof Verdict.Overturn.ByWeight w) {
      WeightChange c = w.change();
      return messages.get(
          c.to() < c.from()
              ? "report.verdict.overturn.weightDown"
              : "report.verdict.overturn.weightUp",
          criterion(c.criterionId()).label(),
          Numbers.percent(c.to()),
          Numbers.percent(c.from()),
          then);
    }
    RatingChange c = ((Verdict.Overturn.ByRating) overturn).change();
    Criterion criterion = criterion(c.criterionId());
    return messages.get(
        "report.verdict.overturn.rating",
        criterion.label(),
        option(c.optionId()),
        // The scale is said once, with the value now: "2.4 instead of 7 of 10".
        ValueText.number(messages, criterion, c.to()),
        ValueText.value(messages, criterion, c.from()),
        then);
  }

  private String need(Verdict.Shortfall shortfall) {
    Criterion criterion = criterion(shortfall.criterionId());
    boolean atLeast = shortfall.value() < shortfall.limit();
    return messages.get(
        atLeast ? "report.verdict.need.atLeast" : "report.verdict.need.atMost",
        criterion.label(),
        ValueText.value(messages, criterion, shortfall.limit()),
        ValueText.value(messages, criterion, shortfall.value()));
  }

  /** "98 of 100 plausible versions", with every version said in words. */
  private String chance(double p) {
    if (p >= 1) {
      return messages.get("report.verdict.chance.all");
    }
    return messages.get("report.verdict.chance.n", outOf100(p));
  }

  /**
   * A share as a count out of 100 ("98", "98번"), rounded as the tables round it but never to 0
   * or 100 when it is neither ("fewer than 1", "1번 미만").
   */
  private String outOf100(double p) {
    if (p > 0 && p < 0.005) {
      return messages.get("report.verdict.lessThanOne");
    }
    if (p < 1 && p > 0.995) {
      return messages.get("report.verdict.moreThan99");
    }
    return messages.get("report.verdict.count", Numbers.fixed(p * 100, 0));
  }

  private String list(List<String> items) {
    if (items.size() <= 1) {
      return items.isEmpty() ? "" : items.get(0);
    }
    String head = String.join(messages.get("report.list.comma"), items.subList(0, items.size() - 1));
    return messages.get("report.list.and", head, items.get(items.size() - 1));
  }

  private String option(String id) {
    return decision.options().stream()
        .filter(o -> o.id().equals(id))
        .map(Option::label)
        .findFirst()
        .orElse(id);
  }

  private Criterion criterion(String id) {
    return decision.criteria().get(decision.criterionIndex(id));
  }
}
