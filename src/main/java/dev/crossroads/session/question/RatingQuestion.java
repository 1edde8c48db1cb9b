package dev.crossroads.session.question;

import dev.crossroads.Message;
import dev.crossroads.Quote;

import dev.crossroads.Numbers;
import dev.crossroads.session.ask.Prompt;
import dev.crossroads.session.state.Answer;
import dev.crossroads.session.state.Ids;
import dev.crossroads.session.state.Section;

import dev.crossroads.decision.Option;
import dev.crossroads.decision.Rating;
import dev.crossroads.decision.RatingText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How one option does on one criterion: a number, a range such as {@code 6-8} when unsure (any
 * form {@link RatingText} reads), or {@code ?} for "don't know", which becomes the whole scale
 * and is listed as a key uncertainty.
 */
public final class RatingQuestion extends KeyedQuestion {
  public static final String DONT_KNOW = "?";
  private final Option option;
  private final CriterionInfo criterion;
  private final boolean firstOfCriterion;
  private final int number;
  private final int total;

  /** The {@code number}-th rating of {@code total}, shown in the prompt ("Rating 3 of 14"). */
  public RatingQuestion(Option option, CriterionInfo criterion, boolean firstOfCriterion, int number,
      int total) {
    super(Ids.rating(option.id(), criterion.id()), Section.RATINGS, "session.rating");
    this.option = option;
    this.criterion = criterion;
    this.firstOfCriterion = firstOfCriterion;
    this.number = number;
    this.total = total;
  }

  @Override
  public String title(Context ctx) {
    return text(ctx, "title", criterion.label(), option.label());
  }

  @Override
  public Prompt prompt(Context ctx) {
    List<String> lead = new ArrayList<>();
    if (firstOfCriterion) {
      lead.add(text(ctx, "criterion", criterion.label(), criterion.description()));
      lead.add(text(ctx, "ends", criterion.low(), criterion.high()));
    }
    lead.add(criterion.questionFor(option.label()));
    String scale = Scales.describe(criterion.criterion(), ctx.messages());
    List<String> words = new ArrayList<>(List.of(DONT_KNOW, "by option", "by criterion"));
    if (Scales.isRating(criterion.criterion())) {
      Scales.bounds(criterion.criterion()).ifPresent(b -> {
        for (int v = (int) b[0]; v <= (int) b[1]; v++) {
          words.add(Integer.toString(v));
        }
      });
    }
    return new Prompt(id(), lead, text(ctx, "label", scale, number, total),
        ctx.state().text(id()), words, "");
  }

  @Override
  public List<String> help(Context ctx) {
    List<String> lines = new ArrayList<>();
    lines.add(criterion.label() + ": " + criterion.description());
    lines.add(text(ctx, "ends", criterion.low(), criterion.high()));
    if (!criterion.example().isBlank()) {
      lines.add(text(ctx, "example", criterion.example()));
    }
    lines.add(text(ctx, "forms"));
    lines.add(text(ctx, "dontKnowHint"));
    lines.add(text(ctx, "orderHint"));
    return lines;
  }

  /** An answers file gives ratings, not the order they are walked in. */
  @Override
  public Outcome given(Answer answer, Context ctx) {
    if (answer instanceof Answer.Text t && order(t.value()).isPresent()) {
      return Outcome.invalid("session.rating.format",
          Scales.describe(criterion.criterion(), ctx.messages()));
    }
    return super.given(answer, ctx);
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
    Optional<RatingText> read = RatingText.read(line);
    if (read.isEmpty()) {
      return Outcome.invalid("session.rating.format",
          Scales.describe(criterion.criterion(), ctx.messages()));
    }
    Optional<String> large = read.get().beyondLimits();
    if (large.isPresent()) {
      // No decision holds it (docs/limits.md), and 400 digits would read as infinity.
      return Outcome.invalid("input.answers.tooLarge", Quote.cut(large.get()));
    }
    if (!read.get().inOrder()) {
      return Outcome.invalid(read.get().hasLikely() ? "session.rating.likelyOrder"
          : "session.rating.reversed");
    }
    Optional<Outcome> out = read.get().values().stream().map(this::outside)
        .flatMap(Optional::stream).findFirst();
    if (out.isPresent()) {
      return out.get();
    }
    Rating rating = read.get().rating();
    return new Outcome.Done(Answer.text(asAnswer(
        rating.low() == rating.high() ? Rating.of(rating.low()) : rating)));
  }

  /** "7", "6-8", or "5..7..9" with its most likely value: how an answer keeps a rating. */
  public static String asAnswer(Rating r) {
    if (r instanceof Rating.Range range && range.likely().isPresent()) {
      return Numbers.exact(r.low()) + ".." + Numbers.exact(range.likely().getAsDouble()) + ".."
          + Numbers.exact(r.high());
    }
    return r.low() == r.high() ? Numbers.exact(r.low())
        : Numbers.exact(r.low()) + "-" + Numbers.exact(r.high());
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
    return v.equals(DONT_KNOW) ? text(ctx, "dontKnow") : v;
  }
}
