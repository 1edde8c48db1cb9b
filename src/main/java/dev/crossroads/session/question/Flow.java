package dev.crossroads.session.question;

import dev.crossroads.decision.Limits;

import dev.crossroads.session.state.Ids;
import dev.crossroads.session.state.Section;

import dev.crossroads.Message;
import dev.crossroads.decision.Option;
import dev.crossroads.store.ProfileName;
import dev.crossroads.weighting.Consistency;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The questions of a session, in order, as they stand given the answers so far: the ratings
 * follow the options and criteria chosen, the weighting questions the method chosen. Recomputed
 * after every answer, so going back and changing an answer reshapes what follows.
 */
public final class Flow {
  public static final List<String> METHODS = List.of("rank", "points", "pairs");
  private final List<Catalogue.Title> titles;

  public Flow(List<Catalogue.Title> titles) {
    this.titles = List.copyOf(titles);
  }

  public List<Question> questions(Context ctx) {
    List<Question> qs = new ArrayList<>();
    qs.add(new TemplateQuestion(titles));
    if (ctx.template().isEmpty()) {
      return qs;
    }
    qs.add(title());
    qs.add(new DateQuestion(Ids.DEADLINE, Section.DECISION,
        c -> c.t("session.deadline.title"),
        c -> List.of(c.t("session.deadline.ask")),
        c -> Optional.empty()));
    qs.add(new OptionsQuestion());
    qs.add(new OrderQuestion(Ids.GUT, Section.GUT, "session.gut", Flow::optionItems));
    qs.add(new CriteriaQuestion());
    CustomQuestion.add(ctx, qs);
    qs.add(new DealbreakersQuestion());
    List<CriterionInfo> criteria = ctx.criteria();
    for (String id : ctx.state().items(Ids.DEALBREAKERS)) {
      criteria.stream().filter(c -> c.id().equals(id)).findFirst()
          .ifPresent(c -> qs.add(new LimitQuestion(c)));
    }
    qs.add(new ChoiceQuestion(Ids.METHOD, Section.WEIGHTS, "session.method", METHODS,
        c -> List.of(), Optional.of("points")));
    String method = ctx.state().text(Ids.METHOD).orElse("points");
    switch (method) {
      case "rank" -> {
        qs.add(new OrderQuestion(Ids.RANK, Section.WEIGHTS, "session.rank",
            Flow::criterionItems));
        if (!RankPlaceQuestion.ranked(ctx).isEmpty()) {
          RankPlaceQuestion.unplaced(ctx).forEach(c -> qs.add(new RankPlaceQuestion(c)));
        }
      }
      case "pairs" -> addPairs(ctx, criteria, qs);
      default -> criteria.forEach(c -> qs.add(RoomQuestion.needed(ctx, c) ? new RoomQuestion(c)
          : new PointsQuestion(c)));
    }
    List<Option> options = ctx.options();
    Optional<String> fed = MoneyPlans.fedByKeptPlan(ctx);
    // A carried-over money plan rates its criterion; asking would change nothing.
    List<CriterionInfo> rated = criteria.stream().filter(c -> fed.filter(c.id()::equals).isEmpty())
        .toList();
    int total = rated.size() * options.size();
    boolean byOption = ctx.state().text(Ids.RATING_ORDER).filter("option"::equals).isPresent();
    for (int outer = 0; outer < (byOption ? options.size() : rated.size()); outer++) {
      int inner = byOption ? rated.size() : options.size();
      for (int j = 0; j < inner; j++) {
        Option option = options.get(byOption ? outer : j);
        CriterionInfo criterion = rated.get(byOption ? j : outer);
        // Walked by option, every rating is of another criterion: each says what it measures.
        qs.add(new RatingQuestion(option, criterion, byOption || j == 0, outer * inner + j + 1,
            total));
      }
    }
    MoneySection.add(ctx, qs);
    for (Reflection r : ctx.blueprint().reflections()) {
      qs.add(reflection(r));
    }
    qs.add(new ReviewQuestion(qs.subList(0, qs.size())));
    PlanSection.add(ctx, qs);
    qs.add(saveName());
    return qs;
  }

  private static void addPairs(Context ctx, List<CriterionInfo> criteria, List<Question> qs) {
    for (int[] p : Judgements.order(criteria.size())) {
      boolean closes = p[0] == p[1] - 1;
      qs.add(new PairQuestion(criteria.get(p[0]), criteria.get(p[1]), p[1], closes));
    }
    Optional<Consistency> c = Judgements.consistency(ctx, criteria.size());
    if (c.isPresent() && !c.get().acceptable()) {
      qs.add(new ConsistencyQuestion(c.get()));
    }
  }

  private static List<Item> optionItems(Context ctx) {
    return ctx.options().stream().map(o -> new Item(o.id(), o.label())).toList();
  }

  private static List<Item> criterionItems(Context ctx) {
    return ctx.criteria().stream().map(c -> new Item(c.id(), c.label())).toList();
  }

  private static Question title() {
    return new TextQuestion(new TextQuestion.Spec(
        Ids.TITLE, Section.DECISION, "session.decision",
        c -> c.t("session.decision.title"),
        c -> List.of(c.blueprint().intro().isBlank() ? c.t("session.decision.intro")
            : c.blueprint().intro(), c.t("session.decision.ask")),
        c -> Optional.of(c.blueprint().title()),
        c -> List.of(c.t("session.decision.help")),
        false,
        s -> s.length() > Limits.MAX_LABEL
            ? Optional.of(Message.of("session.text.tooLong", Limits.MAX_LABEL))
            : Optional.empty()));
  }

  private static Question reflection(Reflection r) {
    String id = Ids.REFLECT + r.id();
    if (r.date()) {
      return new DateQuestion(id, Section.REFLECTION, c -> r.text(),
          c -> List.of(r.text(), r.hint()),
          c -> r.defaultAfter().map(p -> c.today().plus(p)));
    }
    return new TextQuestion(new TextQuestion.Spec(
        id, Section.REFLECTION, "session.reflect",
        c -> r.text(),
        c -> List.of(r.text()),
        c -> r.defaultText(),
        c -> List.of(r.hint(), c.t("session.reflect.help")),
        true,
        s -> Optional.empty()));
  }

  private static Question saveName() {
    return new TextQuestion(new TextQuestion.Spec(
        Ids.SAVE, Section.SAVE, "session.save",
        c -> c.t("session.save.title"),
        c -> List.of(c.t("session.save.ask")),
        c -> Optional.of(defaultName(c)),
        c -> List.of(c.t("session.save.help")),
        false,
        Flow::checkName));
  }

  static String defaultName(Context c) {
    String title = c.state().text(Ids.TITLE).orElse("");
    String slug = Choices.slug(title, "");
    boolean ascii = slug.chars().allMatch(ch -> ch < 128);
    if (slug.isEmpty() || !ascii || slug.length() > 40) {
      slug = c.blueprint().id();
    }
    return slug + "-" + c.today().getYear();
  }

  /** The store's own rule ({@link ProfileName}), so the session refuses only what it would. */
  static Optional<Message> checkName(String name) {
    return ProfileName.reason(name).map(why -> Message.of("session.save.badName", why));
  }
}
