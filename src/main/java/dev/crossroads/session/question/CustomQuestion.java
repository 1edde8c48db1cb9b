package dev.crossroads.session.question;

import dev.crossroads.session.ask.Layout;
import dev.crossroads.Numbers;
import dev.crossroads.session.ask.Prompt;
import dev.crossroads.session.state.Answer;
import dev.crossroads.session.state.Ids;
import dev.crossroads.session.state.Section;
import dev.crossroads.session.state.SessionState;

import dev.crossroads.Messages;
import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Direction;
import dev.crossroads.decision.NameLookup;
import dev.crossroads.decision.QuantityScale;
import dev.crossroads.decision.RatingScale;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a criterion of the person's own is, asked right after the criteria: whether more of it is
 * better or less, whether it is rated 1 to 10 or measured as a quantity, and in what unit. Its
 * questions and scale ends follow from the answers, never from placeholder words.
 */
public final class CustomQuestion extends KeyedQuestion {
  static final String MORE = "more";
  static final String LESS = "less";
  static final String RATING = "rating";
  static final String QUANTITY = "quantity";
  private static final int MAX_UNIT = 40;

  /** The three things asked, each its own question id: {@code custom.<id>.<part>}. */
  enum Part {
    DIRECTION(List.of(MORE, LESS)),
    SCALE(List.of(RATING, QUANTITY)),
    UNIT(List.of());

    final List<String> choices;

    Part(List<String> choices) {
      this.choices = choices;
    }

    String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final CriterionInfo criterion;
  private final Part part;

  CustomQuestion(CriterionInfo criterion, Part part) {
    super(id(criterion.id(), part), Section.CRITERIA, "session.custom." + part.word());
    this.criterion = criterion;
    this.part = part;
  }

  static String id(String criterionId, Part part) {
    return Ids.CUSTOM + criterionId + "." + part.word();
  }

  /** True for a criterion the template does not know: the person's own. */
  static boolean own(Context ctx, CriterionInfo c) {
    return ctx.blueprint().criterion(c.id()).isEmpty();
  }

  /** The questions about each of the person's own criteria, in order. */
  static void add(Context ctx, List<Question> qs) {
    for (CriterionInfo c : ctx.criteria()) {
      if (own(ctx, c)) {
        qs.add(new CustomQuestion(c, Part.DIRECTION));
        qs.add(new CustomQuestion(c, Part.SCALE));
        if (ctx.state().text(id(c.id(), Part.SCALE)).filter(QUANTITY::equals).isPresent()) {
          qs.add(new CustomQuestion(c, Part.UNIT));
        }
      }
    }
  }

  /**
   * A criterion of the person's own as the answers so far make it: more is better and 1 to 10
   * until said otherwise, with words for its questions that fit what it is.
   */
  static CriterionInfo shaped(CriterionInfo c, SessionState state, Messages m) {
    boolean less = state.text(id(c.id(), Part.DIRECTION)).filter(LESS::equals).isPresent();
    Optional<String> unit = state.text(id(c.id(), Part.SCALE)).filter(QUANTITY::equals)
        .flatMap(q -> state.text(id(c.id(), Part.UNIT))).filter(u -> !u.isBlank());
    Direction direction = less ? Direction.COST : Direction.BENEFIT;
    String description = m.get(less ? "session.custom.aboutLess" : "session.custom.aboutMore", c.label());
    if (unit.isPresent()) {
      return new CriterionInfo(
          new Criterion(c.id(), c.label(), direction, QuantityScale.of(unit.get())),
          description, m.get("session.custom.questionQuantity", c.label(), "{option}", unit.get()),
          m.get(less ? "session.edit.better" : "session.edit.worse"),
          m.get(less ? "session.edit.worse" : "session.edit.better"), "");
    }
    return new CriterionInfo(
        new Criterion(c.id(), c.label(), direction, RatingScale.ONE_TO_TEN), description,
        m.get(less ? "session.custom.questionLess" : "session.custom.question", c.label(),
            "{option}"),
        m.get(less ? "session.custom.lowLess" : "session.custom.low"),
        m.get(less ? "session.custom.highLess" : "session.custom.high"), "");
  }

  @Override
  public String title(Context ctx) {
    return text(ctx, "title", criterion.label());
  }

  @Override
  public Prompt prompt(Context ctx) {
    List<String> lead = numbered(ctx, part.choices.stream()
        .map(c -> Layout.pad(c, 9) + " " + ctx.t("session.custom." + c)).toList(),
        criterion.label());
    Optional<String> def = ctx.state().text(id());
    if (def.isEmpty() && !part.choices.isEmpty()) {
      def = Optional.of(part.choices.get(0));
    }
    return prompt(ctx, lead, def, part.choices);
  }

  @Override
  public List<String> help(Context ctx) {
    return List.of(text(ctx, "help", criterion.label()));
  }

  @Override
  public Outcome typed(String line, Context ctx) {
    if (part == Part.UNIT) {
      if (line.isBlank()) {
        return Outcome.invalid("session.custom.unit.required");
      }
      if (line.length() > MAX_UNIT) {
        return Outcome.invalid("session.text.tooLong", MAX_UNIT);
      }
      return new Outcome.Done(Answer.text(line.strip()));
    }
    OptionalInt n = Numbers.integer(line);
    if (n.isPresent() && n.getAsInt() >= 1 && n.getAsInt() <= part.choices.size()) {
      return new Outcome.Done(Answer.text(part.choices.get(n.getAsInt() - 1)));
    }
    for (String c : part.choices) {
      List<String> words = List.of(c, ctx.t("session.custom." + c + ".word"));
      if (words.stream().anyMatch(w -> Choices.same(w, line)
          || line.length() >= 2 && NameLookup.fold(w).startsWith(NameLookup.fold(line)))) {
        return new Outcome.Done(Answer.text(c));
      }
    }
    return Outcome.invalid("session.choice.unknown", String.join(", ", part.choices));
  }

  @Override
  public String shown(Answer answer, Context ctx) {
    String v = ((Answer.Text) answer).value();
    return part == Part.UNIT ? v : ctx.t("session.custom." + v);
  }

  /**
   * The state after this answer changed from what it was in {@code before}: a criterion now
   * measured another way has its ratings and its dealbreaker limit asked again, since numbers on
   * the old scale mean nothing on the new one.
   */
  public SessionState rescaled(Context before, SessionState state) {
    if (part == Part.DIRECTION || before.state().text(id()).equals(state.text(id()))
        || before.state().text(id()).isEmpty() && part == Part.SCALE
        && state.text(id()).filter(RATING::equals).isPresent()) {
      return state;
    }
    SessionState out = state;
    for (String key : state.answers().keySet()) {
      if (key.startsWith(Ids.RATING) && key.endsWith("." + criterion.id())
          || key.equals(Ids.DEALBREAKER + criterion.id())) {
        out = out.without(key);
      }
    }
    return out;
  }
}
