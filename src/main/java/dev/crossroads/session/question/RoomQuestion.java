package dev.crossroads.session.question;

import dev.crossroads.session.ask.Layout;
import dev.crossroads.Numbers;
import dev.crossroads.session.ask.Prompt;
import dev.crossroads.session.state.Answer;
import dev.crossroads.session.state.Ids;
import dev.crossroads.session.state.Section;
import dev.crossroads.session.state.SessionState;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Points for a criterion chosen when the 100 points were already all given (added from the
 * review, say): how many it gets, and where they come from. {@code N} gives it N points and
 * shrinks the others in their proportions; {@code N from K} takes all N from criterion K (its
 * number or its name). Either way the points still add up to 100 and nothing moves unasked.
 */
public final class RoomQuestion extends CriterionQuestion {
  private static final Pattern ALONE = Pattern.compile("(\\d+)");
  private static final Pattern FROM = Pattern.compile("(\\d+)\\s*(?:from|에서)\\s*(.+)",
      Pattern.CASE_INSENSITIVE);
  /** Korean word order: "성장에서 10". */
  private static final Pattern FROM_FIRST = Pattern.compile("(.+?)\\s*에서\\s*(\\d+)(?:점)?");
  private static final String SEPARATOR = " from ";

  RoomQuestion(CriterionInfo criterion) {
    super(Ids.POINTS, Section.WEIGHTS, "session.room", criterion);
  }

  /**
   * True when {@code c} was added after the points were all given ({@link Ids#ADDED}), has no
   * points yet while every other criterion has, and those already add up to 100: there is no
   * room left for it unless the person says where it comes from. A criterion that was there
   * all along is never asked this way, even when the others took all 100: as the last one it
   * gets what is left.
   */
  static boolean needed(Context ctx, CriterionInfo c) {
    List<CriterionInfo> others = others(ctx, c);
    if (!ctx.state().items(Ids.ADDED).contains(c.id())) {
      return false;
    }
    if (points(ctx.state(), c).isPresent() || others.isEmpty()) {
      return false;
    }
    int sum = 0;
    for (CriterionInfo o : others) {
      OptionalInt p = points(ctx.state(), o);
      if (p.isEmpty()) {
        return false;
      }
      sum += p.getAsInt();
    }
    return sum >= PointsQuestion.TOTAL;
  }

  private static List<CriterionInfo> others(Context ctx, CriterionInfo c) {
    return ctx.criteria().stream().filter(o -> !o.id().equals(c.id())).toList();
  }

  private static OptionalInt points(SessionState state, CriterionInfo c) {
    return state.text(Ids.POINTS + c.id()).map(Numbers::integer).orElse(OptionalInt.empty());
  }

  /** Points all the same: the title a points question has. */
  @Override
  public String title(Context ctx) {
    return ctx.t("session.points.title", criterion.label());
  }

  @Override
  public Prompt prompt(Context ctx) {
    List<CriterionInfo> others = others(ctx, criterion);
    List<String> lead = new ArrayList<>();
    lead.add(text(ctx, "ask", criterion.label(), PointsQuestion.TOTAL));
    int sum = 0;
    for (int i = 0; i < others.size(); i++) {
      int p = points(ctx.state(), others.get(i)).orElse(0);
      sum += p;
      lead.add(Layout.numbered(i + 1, others.size(),
          text(ctx, "item", others.get(i).label(), p)));
    }
    lead.add(text(ctx, "how"));
    // What is left, which is 0 when the others hold all 100: nothing moves unless asked.
    int left = Math.max(0, PointsQuestion.TOTAL - sum);
    return new Prompt(id(), lead, text(ctx, "label", criterion.label()),
        Optional.of(Integer.toString(left)), List.of("from "), "");
  }

  @Override
  public List<String> help(Context ctx) {
    return List.of(text(ctx, "help", PointsQuestion.TOTAL), criterion.description());
  }

  @Override
  public Outcome typed(String line, Context ctx) {
    Matcher alone = ALONE.matcher(line);
    if (alone.matches()) {
      OptionalInt n = Numbers.integer(alone.group(1));
      if (n.isEmpty() || n.getAsInt() > PointsQuestion.TOTAL) {
        return Outcome.invalid("session.points.tooMany", PointsQuestion.TOTAL);
      }
      return new Outcome.Done(Answer.text(Integer.toString(n.getAsInt())));
    }
    Matcher from = FROM.matcher(line);
    Matcher first = FROM_FIRST.matcher(line);
    String amount;
    String source;
    if (from.matches()) {
      amount = from.group(1);
      source = from.group(2);
    } else if (first.matches()) {
      amount = first.group(2);
      source = first.group(1);
    } else {
      return Outcome.invalid("session.room.format");
    }
    List<CriterionInfo> others = others(ctx, criterion);
    Lookup.Found<CriterionInfo> found = Lookup.numbered(others, source.strip(), CriterionInfo::id,
        c -> ctx.names(c.id(), c.label()));
    if (found.match().isEmpty()) {
      return found.reason("session.room.unknown");
    }
    CriterionInfo k = found.match().get();
    int n = Numbers.integer(amount).orElse(Integer.MAX_VALUE);
    int has = points(ctx.state(), k).orElse(0);
    if (n > has) {
      return Outcome.invalid("session.room.tooMany", k.label(), has);
    }
    return new Outcome.Done(Answer.text(n + SEPARATOR + k.id()));
  }

  /**
   * The state with the answer carried out: this criterion gets its points, and the others give
   * them up, in proportion or all from the one named, so that the total stays 100.
   */
  public static SessionState apply(SessionState state, String id, List<CriterionInfo> criteria) {
    String answer = state.text(id).orElse("");
    String[] parts = answer.split(SEPARATOR, 2);
    OptionalInt n = Numbers.integer(parts[0].strip());
    if (n.isEmpty()) {
      return state;
    }
    SessionState out = state.with(id, Answer.text(Integer.toString(n.getAsInt())));
    if (parts.length == 2) {
      String from = Ids.POINTS + parts[1].strip();
      int had = out.text(from).map(Numbers::integer).orElse(OptionalInt.empty()).orElse(0);
      return out.with(from, Answer.text(Integer.toString(Math.max(0, had - n.getAsInt()))));
    }
    List<String> ids = criteria.stream().map(c -> Ids.POINTS + c.id()).filter(x -> !x.equals(id))
        .toList();
    double[] raw = new double[ids.size()];
    for (int i = 0; i < raw.length; i++) {
      raw[i] = out.text(ids.get(i)).map(Numbers::integer).orElse(OptionalInt.empty()).orElse(0);
    }
    int[] scaled = PointsKept.split(raw, PointsQuestion.TOTAL - n.getAsInt());
    for (int i = 0; i < scaled.length; i++) {
      out = out.with(ids.get(i), Answer.text(Integer.toString(scaled[i])));
    }
    return out;
  }
}
