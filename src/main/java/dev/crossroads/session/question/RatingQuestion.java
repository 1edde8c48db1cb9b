package dev.crossroads.session.question;

import dev.crossroads.Message;

import dev.crossroads.Numbers;
import dev.crossroads.session.ask.Prompt;
import dev.crossroads.session.state.Answer;
import dev.crossroads.session.state.Ids;
import dev.crossroads.session.state.Section;

import dev.crossroads.decision.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one option does on one criterion: a number, a range such as {@code 6-8} when unsure, or
 * {@code ?} for "don't know", which becomes the whole scale and is listed as a key uncertainty.
 */
public final class RatingQuestion implements Question {
  public static final String DONT_KNOW = "?";
  private static final Pattern RANGE =
      Pattern.compile("(-?[0-9][0-9,_]*(?:\\.[0-9]+)?)\\s*(?:-|~|–|—|to|\\.\\.)\\s*(-?[0-9][0-9,_]*(?:\\.[0-9]+)?)");
  /** Low, most likely and high: "5..7..9" (the range is then drawn triangular). */
  private static final Pattern TRIANGLE = Pattern.compile(
      "(-?[0-9][0-9,_]*(?:\\.[0-9]+)?)\\s*\\.\\.\\s*(-?[0-9][0-9,_]*(?:\\.[0-9]+)?)\\s*\\.\\.\\s*"
          + "(-?[0-9][0-9,_]*(?:\\.[0-9]+)?)");
  private final Option option;
  private final CriterionInfo criterion;
  private final boolean firstOfCriterion;
  private final int number;
  private final int total;

  /** The {@code number}-th rating of {@code total}, shown in the prompt ("Rating 3 of 14"). */
  public RatingQuestion(Option option, CriterionInfo criterion, boolean firstOfCriterion, int number,
      int total) {
    this.option = option;
    this.criterion = criterion;
    this.firstOfCriterion = firstOfCriterion;
    this.number = number;
    this.total = total;
  }

  @Override
  public String id() {
    return Ids.rating(option.id(), criterion.id());
  }

  @Override
  public Section section() {
    return Section.RATINGS;
  }

  @Override
  public String title(Context ctx) {
    return ctx.t("session.rating.title", criterion.label(), option.label());
  }

  @Override
  public Prompt prompt(Context ctx) {
    List<String> lead = new ArrayList<>();
    if (firstOfCriterion) {
      lead.add(ctx.t("session.rating.criterion", criterion.label(), criterion.description()));
      lead.add(ctx.t("session.rating.ends", criterion.low(), criterion.high()));
    }
    lead.add(criterion.questionFor(option.label()));
    String scale = Scales.describe(criterion.criterion());
    List<String> words = new ArrayList<>(List.of(DONT_KNOW, "by option", "by criterion"));
    if (Scales.isRating(criterion.criterion())) {
      Scales.bounds(criterion.criterion()).ifPresent(b -> {
        for (int v = (int) b[0]; v <= (int) b[1]; v++) {
          words.add(Integer.toString(v));
        }
      });
    }
    return new Prompt(id(), lead, ctx.t("session.rating.label", scale, number, total),
        ctx.state().text(id()), words, "");
  }

  @Override
  public List<String> help(Context ctx) {
    List<String> lines = new ArrayList<>();
    lines.add(criterion.label() + ": " + criterion.description());
    lines.add(ctx.t("session.rating.ends", criterion.low(), criterion.high()));
    if (!criterion.example().isBlank()) {
      lines.add(ctx.t("session.rating.example", criterion.example()));
    }
    lines.add(ctx.t("session.rating.forms"));
    lines.add(ctx.t("session.rating.dontKnowHint"));
    lines.add(ctx.t("session.rating.orderHint"));
    return lines;
  }

  /** An answers file gives ratings, not the order they are walked in. */
  @Override
  public Outcome given(Answer answer, Context ctx) {
    if (answer instanceof Answer.Text t && order(t.value()).isPresent()) {
      return Outcome.invalid("session.rating.format", Scales.describe(criterion.criterion()));
    }
    return Question.super.given(answer, ctx);
  }

  /** "by option" or "by criterion" (in either language): the order to walk the ratings in. */
  private static Optional<String> order(String line) {
    String word = line.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
    if (BY_OPTION.contains(word)) {
      return Optional.of("option");
    }
    return BY_CRITERION.contains(word) ? Optional.of("criterion") : Optional.empty();
  }

  private static final java.util.Set<String> BY_OPTION = java.util.Set.of("by option",
      "선택지별", "선택지별로");
  private static final java.util.Set<String> BY_CRITERION = java.util.Set.of("by criterion",
      "기준별", "기준별로");

  @Override
  public boolean takesDontKnow() {
    return true;
  }

  @Override
  public Outcome typed(String line, Context ctx) {
    Optional<String> order = order(line);
    if (order.isPresent()) {
      return new Outcome.Setting(Ids.RATING_ORDER, Answer.text(order.get()),
          Message.of("session.rating.order." + order.get()));
    }
    if (line.equals(DONT_KNOW) || line.equalsIgnoreCase("dk") || line.equals("모름")) {
      if (Scales.bounds(criterion.criterion()).isEmpty()) {
        return Outcome.invalid("session.rating.noBounds");
      }
      return new Outcome.Done(Answer.text(DONT_KNOW));
    }
    Matcher t = TRIANGLE.matcher(line);
    if (t.matches()) {
      return triangle(Numbers.number(t.group(1)), Numbers.number(t.group(2)),
          Numbers.number(t.group(3)));
    }
    Matcher m = RANGE.matcher(line);
    if (m.matches()) {
      OptionalDouble lo = Numbers.number(m.group(1));
      OptionalDouble hi = Numbers.number(m.group(2));
      if (lo.isEmpty() || hi.isEmpty()) {
        return Outcome.invalid("session.rating.format", Scales.describe(criterion.criterion()));
      }
      if (lo.getAsDouble() > hi.getAsDouble()) {
        return Outcome.invalid("session.rating.reversed");
      }
      Optional<Outcome> out = outside(lo.getAsDouble()).or(() -> outside(hi.getAsDouble()));
      if (out.isPresent()) {
        return out.get();
      }
      if (lo.getAsDouble() == hi.getAsDouble()) {
        return new Outcome.Done(Answer.text(Numbers.exact(lo.getAsDouble())));
      }
      return new Outcome.Done(Answer.text(
          Numbers.exact(lo.getAsDouble()) + "-" + Numbers.exact(hi.getAsDouble())));
    }
    OptionalDouble v = Numbers.number(line);
    if (v.isEmpty()) {
      return Outcome.invalid("session.rating.format", Scales.describe(criterion.criterion()));
    }
    return outside(v.getAsDouble())
        .orElse(new Outcome.Done(Answer.text(Numbers.exact(v.getAsDouble()))));
  }

  private Outcome triangle(OptionalDouble lo, OptionalDouble likely, OptionalDouble hi) {
    if (lo.isEmpty() || likely.isEmpty() || hi.isEmpty()) {
      return Outcome.invalid("session.rating.format", Scales.describe(criterion.criterion()));
    }
    double l = lo.getAsDouble();
    double m = likely.getAsDouble();
    double h = hi.getAsDouble();
    if (l > m || m > h) {
      return Outcome.invalid("session.rating.likelyOrder");
    }
    return outside(l).or(() -> outside(h)).orElse(new Outcome.Done(Answer.text(l == h
        ? Numbers.exact(l)
        : Numbers.exact(l) + ".." + Numbers.exact(m) + ".." + Numbers.exact(h))));
  }

  private Optional<Outcome> outside(double value) {
    if (Scales.fits(criterion, value)) {
      return Optional.empty();
    }
    Optional<double[]> b = Scales.bounds(criterion.criterion());
    return Optional.of(b.isPresent() && Scales.isRating(criterion.criterion())
        ? Outcome.invalid("session.number.range", Numbers.exact(b.get()[0]),
            Numbers.exact(b.get()[1]))
        : Outcome.invalid("session.number.negative"));
  }

  @Override
  public String shown(Answer answer, Context ctx) {
    String v = ((Answer.Text) answer).value();
    return v.equals(DONT_KNOW) ? ctx.t("session.rating.dontKnow") : v;
  }
}
