package dev.crossroads.session.question;

import dev.crossroads.questions.MoneyQuestions;

import dev.crossroads.session.state.Ids;
import dev.crossroads.session.state.Section;

import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Option;
import dev.crossroads.money.MoneyOverlap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The money view in a session: offered after the ratings for the templates where study years,
 * forgone salary or equity make money a question of its own. Its answers become a money plan and
 * one more quantity criterion, net worth over the horizon, whose range comes from the plan. When
 * criteria already chosen count money too, one question asks whether to keep only the money view,
 * keep both or drop the view, so the same money is not weighed twice unawares.
 *
 * <p>Every default here is an example of the kind of figure to enter, labelled as one on screen;
 * none is a fact about any market.
 */
public final class MoneySection {
  static final String CRITERION = "networth";
  public static final String VIEW = Ids.MONEY + "view";
  public static final String HORIZON = Ids.MONEY + "horizon";
  public static final String DISCOUNT = Ids.MONEY + "discount";
  public static final String WEIGHT = Ids.MONEY + "weight";
  public static final String OVERLAP = Ids.MONEY + "overlap";
  /** Whether any option involves study: when none does, no study years, tuition or stipend. */
  static final String STUDYING = Ids.MONEY + "studying";
  static final String VIEW_ONLY = "view";
  static final String BOTH = "both";
  static final String DROP = "drop";
  static final String STUDY = "studyYears";
  static final String TUITION = "tuition";
  static final String STIPEND = "stipend";
  public static final String SALARY = "salary";
  public static final String RAISE = "raise";
  public static final String LIVING = "living";
  public static final String EQUITY = "equity";
  public static final String VESTING = "vesting";

  private static final double MAX_AMOUNT = 1e9;


  private MoneySection() {}

  /**
   * True when the template asks about money; not when an edited profile's plan is carried over
   * as it is ({@link Blueprint#keptMoney}), since the questions could not show it.
   */
  static boolean offered(Context ctx) {
    return ctx.template().map(b -> b.money().offered() && b.keptMoney().isEmpty())
        .orElse(false);
  }

  /**
   * True when the section is offered and the person took it (the default for grad school), and
   * did not drop it again on hearing it would count money twice.
   */
  static boolean on(Context ctx) {
    return wanted(ctx) && !overlapAnswer(ctx).filter(DROP::equals).isPresent();
  }

  private static boolean wanted(Context ctx) {
    return offered(ctx) && ctx.state().text(VIEW).orElse(defaultView(ctx)).equals("yes");
  }

  /**
   * The chosen criteria that count money, which net worth would count again: those the template
   * marks, and quantities in a currency ({@link MoneyOverlap#countsMoney}).
   */
  static List<CriterionInfo> overlapping(Context ctx) {
    Set<String> marked = ctx.blueprint().moneyCriteria();
    String currency = currency(ctx);
    return ctx.criteria().stream()
        .filter(c -> !c.id().equals(CRITERION)
            && MoneyOverlap.countsMoney(c.criterion(), marked, currency))
        .toList();
  }

  /**
   * The answer to the question about money counted twice ({@value #VIEW_ONLY}, {@value #BOTH}
   * or {@value #DROP}; keeping only the view unless answered), when the question is asked: the
   * money view is wanted and chosen criteria count money too.
   */
  static Optional<String> overlapAnswer(Context ctx) {
    if (!wanted(ctx) || overlapping(ctx).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(ctx.state().text(OVERLAP).orElse(VIEW_ONLY));
  }

  private static String defaultView(Context ctx) {
    return ctx.blueprint().money().onByDefault() ? "yes" : "no";
  }

  static String currency(Context ctx) {
    return ctx.t("session.money.currency");
  }

  public static String id(String optionId, String field) {
    return Ids.MONEY + optionId + "." + field;
  }

  static void add(Context ctx, List<Question> qs) {
    if (!offered(ctx)) {
      return;
    }
    qs.add(new ChoiceQuestion(VIEW, Section.RATINGS, "session.money.view", List.of("yes", "no"),
        c -> List.of(c.t("session.money.intro"), c.t("session.money.examples",
            currency(c))), Optional.of(defaultView(ctx))));
    if (overlapAnswer(ctx).isPresent()) {
      qs.add(new ChoiceQuestion(OVERLAP, Section.RATINGS, "session.money.overlap",
          List.of(VIEW_ONLY, BOTH, DROP),
          c -> List.of(c.t("session.money.overlap.lead", names(c, overlapping(c)))),
          Optional.of(VIEW_ONLY)));
    }
    if (!on(ctx)) {
      return;
    }
    qs.add(figure(HORIZON, "session.money.horizon", Optional.empty(), "10", false, true, 1, 100));
    qs.add(figure(DISCOUNT, "session.money.discount", Optional.empty(), "3", false, false, 0,
        100));
    qs.add(new ChoiceQuestion(STUDYING, Section.RATINGS, "session.money.studying",
        List.of("yes", "no"), c -> List.of(), Optional.of(defaultStudying(ctx))));
    boolean studying = studying(ctx);
    boolean living = ctx.blueprint().money().livingCost();
    boolean equity = ctx.blueprint().money().equity();
    for (Option o : ctx.options()) {
      MoneyQuestions.Example e = ctx.blueprint().money().example(o.id());
      Optional<String> name = Optional.of(o.label());
      if (studying) {
        qs.add(figure(id(o.id(), STUDY), "session.money.study", name, e.studyYears(), false, false,
            0, 30));
      }
      if (studying && value(ctx, id(o.id(), STUDY), e.studyYears()) > 0) {
        qs.add(figure(id(o.id(), TUITION), "session.money.tuition", name, e.tuition(), false,
            false, 0, MAX_AMOUNT));
        qs.add(figure(id(o.id(), STIPEND), "session.money.stipend", name, e.stipend(), false,
            false, 0, MAX_AMOUNT));
      }
      qs.add(figure(id(o.id(), SALARY), "session.money.salary", name, e.salary(), true, false, 0,
          MAX_AMOUNT));
      qs.add(figure(id(o.id(), RAISE), "session.money.raise", name, e.raise(), false, false, -50,
          100));
      if (living) {
        qs.add(figure(id(o.id(), LIVING), "session.money.living", name, e.living(), false, false,
            -MAX_AMOUNT, MAX_AMOUNT));
      }
      if (equity) {
        qs.add(figure(id(o.id(), EQUITY), "session.money.equity", name, e.equity(), true, false,
            0, MAX_AMOUNT));
        if (FigureQuestion.ends(ctx.state().text(id(o.id(), EQUITY)).orElse(e.equity()))[1] > 0) {
          qs.add(figure(id(o.id(), VESTING), "session.money.vesting", name, "4", false, true, 1,
              100));
        }
      }
    }
    qs.add(figure(WEIGHT, "session.money.weight", Optional.empty(), "20", false, true, 0, 100));
  }

  /**
   * Whether any option involves study, as answered; until then, as the options suggest: yes when
   * one of them is known to (a master's, a semester more) or a study figure above 0 was given.
   * Jobs compared with jobs are then not asked for years of study, tuition and stipend.
   */
  static boolean studying(Context ctx) {
    return ctx.state().text(STUDYING).orElse(defaultStudying(ctx)).equals("yes");
  }

  private static String defaultStudying(Context ctx) {
    for (Option o : ctx.options()) {
      MoneyQuestions.Example e = ctx.blueprint().money().example(o.id());
      if (value(ctx, id(o.id(), STUDY), e.studyYears()) > 0) {
        return "yes";
      }
    }
    return "no";
  }

  /** Criterion labels as the session quotes them, joined by commas. */
  private static String names(Context ctx, List<CriterionInfo> criteria) {
    List<String> quoted = new ArrayList<>();
    criteria.forEach(c -> quoted.add(ctx.t("session.money.overlap.name", c.label())));
    return String.join(", ", quoted);
  }

  static FigureQuestion figure(String id, String key, Optional<String> subject,
      String example, boolean range, boolean whole, double min, double max) {
    return new FigureQuestion(new FigureQuestion.Spec(id, key, subject, List.of(), example, range,
        whole, min, max));
  }

  static String text(Context ctx, String id, String example) {
    return ctx.state().text(id).filter(s -> !s.isBlank()).orElse(example);
  }

  static double value(Context ctx, String id, String example) {
    try {
      return Double.parseDouble(text(ctx, id, example));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

}
