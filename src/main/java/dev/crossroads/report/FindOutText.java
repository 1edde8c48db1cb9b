package dev.crossroads.report;

import dev.crossroads.Messages;
import dev.crossroads.Numbers;
import dev.crossroads.analysis.AnalysisResult;
import dev.crossroads.analysis.InformationValue;
import dev.crossroads.analysis.UncertainInput;
import dev.crossroads.analysis.ValueOfInformation;
import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Rating;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Words the value of information as the summary's "Find out first" section: the inputs that would
 * change the choice, most valuable first, each with how often it would change it and what that is
 * worth in points of score, and a way to find out when the question bank has one; then what the
 * rest would do. It only phrases the analysis's figures: an input is named only when the analysis
 * says it changes the choice (its value is beyond its error), in the analysis's order.
 */
final class FindOutText {
  /** How many inputs get a sentence of their own; any more are listed by name. */
  static final int NAMED = 3;

  private final Messages messages;
  private final Decision decision;
  private final WaysToFindOut ways;

  FindOutText(Messages messages, Decision decision, WaysToFindOut ways) {
    this.messages = messages;
    this.decision = decision;
    this.ways = ways;
  }

  Summary.FindOut of(AnalysisResult result) {
    ValueOfInformation v = result.valueOfInformation();
    String intro = intro(result);
    if (v.inputs().isEmpty()) {
      return new Summary.FindOut(intro, List.of(), messages.get("report.findOut.nothingUncertain"));
    }
    if (v.bins() == 0) {
      return new Summary.FindOut(
          intro, List.of(), messages.get("report.findOut.tooFew", Numbers.value(v.draws())));
    }
    List<InformationValue> changing = v.changing();
    if (changing.isEmpty()) {
      return new Summary.FindOut(
          intro, List.of(), messages.get("report.findOut.nothing", option(v.baseline())));
    }
    List<String> items = new ArrayList<>();
    for (int i = 0; i < Math.min(NAMED, changing.size()); i++) {
      items.add(item(changing.get(i), i == 0, result));
    }
    List<String> closing = new ArrayList<>();
    if (changing.size() > NAMED) {
      List<String> more = new ArrayList<>();
      for (InformationValue input : changing.subList(NAMED, changing.size())) {
        more.add(subject(input.input(), result));
      }
      closing.add(
          messages.get(
              "report.findOut.more",
              changing.size() - NAMED,
              String.join(messages.get("report.findOut.separator"), more)));
    }
    if (changing.size() < v.inputs().size()) {
      closing.add(messages.get("report.findOut.rest"));
    }
    return new Summary.FindOut(intro, items, String.join(" ", closing));
  }

  /** Says which option "your choice" means when it is not the verdict's leader. */
  private String intro(AnalysisResult result) {
    ValueOfInformation v = result.valueOfInformation();
    Optional<String> leader = result.verdict().leader();
    if (v.inputs().isEmpty() || leader.isPresent() && leader.get().equals(v.baseline())) {
      return "";
    }
    if (leader.isEmpty()) {
      return messages.get("report.findOut.baselineNoLeader", option(v.baseline()));
    }
    return messages.get("report.findOut.baseline", option(v.baseline()), option(leader.get()));
  }

  private String item(InformationValue input, boolean first, AnalysisResult result) {
    String to =
        input.switchesTo().map(this::option).orElseGet(() -> messages.get("report.findOut.another"));
    String sentence =
        messages.get(
            first ? "report.findOut.first" : "report.findOut.then",
            subject(input.input(), result),
            to,
            chance(input.chanceChanges()),
            points(input.value()));
    return capitalised(how(input.input()).map(h -> sentence + " " + h).orElse(sentence));
  }

  /** A sentence that opens with "how much growth matters" still opens with a capital. */
  private static String capitalised(String sentence) {
    return sentence.isEmpty()
        ? sentence
        : sentence.substring(0, 1).toUpperCase(Locale.ROOT) + sentence.substring(1);
  }

  /** How to find it out: the bank's way for a rating, reflection for a weight. */
  private Optional<String> how(UncertainInput input) {
    if (input instanceof UncertainInput.OfRating rating) {
      return ways.forCriterion(rating.criterionId())
          .filter(text -> !text.isBlank())
          // The bank's text is crossroads' own, not the person's: in ASCII under --ascii.
          .map(text -> messages.get("report.findOut.how", messages.ours(text)));
    }
    return Optional.of(messages.get("report.findOut.howWeight"));
  }

  /** What the input is, in words: "Growth for ML engineer job now (6 to 9 of 10)". */
  String subject(UncertainInput input, AnalysisResult result) {
    if (input instanceof UncertainInput.OfRating rating) {
      Criterion criterion = criterion(rating.criterionId());
      Rating range = decision.rating(rating.optionId(), rating.criterionId());
      // The ends only: the likely value would put brackets inside brackets.
      return messages.get(
          "report.findOut.rating",
          option(rating.optionId()),
          criterion.label(),
          ValueText.range(messages, criterion, range.low(), OptionalDouble.empty(), range.high()));
    }
    String id = ((UncertainInput.OfWeight) input).criterionId();
    return messages.get(
        "report.findOut.weight",
        criterion(id).label(),
        Numbers.percent(result.weights().getOrDefault(id, 0.0)));
  }

  /** The chance as the summary says it: "about 25 of 100 plausible versions", to the nearest 5. */
  String chance(double chance) {
    long fives = Math.round(chance * 20);
    if (fives == 0) {
      return messages.get("report.findOut.chance.few");
    }
    if (fives == 20) {
      return messages.get("report.findOut.chance.all");
    }
    return messages.get("report.findOut.chance.n", fives * 5);
  }

  /** Points of score (0 to 100) with one decimal: "3.1 points"; below 0.05 "less than 0.1". */
  String points(double value) {
    return value * 100 < 0.05
        ? messages.get("report.findOut.points.less")
        : messages.get("report.findOut.points", Numbers.fixed(value * 100, 1));
  }

  private String option(String id) {
    int i = decision.optionIndex(id);
    return i < 0 ? id : decision.options().get(i).label();
  }

  private Criterion criterion(String id) {
    return decision.criteria().get(decision.criterionIndex(id));
  }
}
