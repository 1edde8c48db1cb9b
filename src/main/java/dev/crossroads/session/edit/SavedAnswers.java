package dev.crossroads.session.edit;

import dev.crossroads.Numbers;
import dev.crossroads.session.question.Blueprint;
import dev.crossroads.session.question.Catalogue;
import dev.crossroads.session.question.MoneyAnswers;
import dev.crossroads.session.question.MoneySection;
import dev.crossroads.session.question.PlanAnswers;
import dev.crossroads.session.question.RatingQuestion;
import dev.crossroads.session.question.Reflection;
import dev.crossroads.session.question.Scales;
import dev.crossroads.session.state.Answer;
import dev.crossroads.session.state.Ids;
import dev.crossroads.session.state.SessionState;

import dev.crossroads.Message;
import dev.crossroads.Messages;
import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Gate;
import dev.crossroads.decision.Option;
import dev.crossroads.decision.Rating;
import dev.crossroads.money.MoneyPlan;
import dev.crossroads.store.Profile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answers a saved profile stands for, so that editing it re-runs the session with them as the
 * defaults: the reverse of {@link DecisionAssembler} and the money section. The template is
 * widened with what the profile has of its own (options, criteria with their scales, notes), so
 * nothing it holds is lost on the way; what the questions cannot say exactly comes back as a
 * notice (weights kept as plain numbers become whole points, for one).
 */
public final class SavedAnswers {
  static final String BLANK = "blank";
  static final double NEAR = 1e-6;

  /** The answers that rebuild the profile, and what could not be carried over exactly. */
  public record Prefill(Map<String, Answer> answers, List<Message> notices) {
    public Prefill {
      answers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answers));
      notices = List.copyOf(notices);
    }
  }

  /** Where an edit starts, and what to tell the person before the first question. */
  public record Start(SessionState state, List<Message> notices) {
    public Start {
      notices = List.copyOf(notices);
    }
  }

  private SavedAnswers() {}

  /**
   * The state of a session that edits {@code target}: every saved answer in place, at the first
   * question (each answer is its default) or, with {@code review}, at the review screen.
   */
  public static Start start(EditTarget target, boolean review, String language, Messages messages,
      Catalogue catalogue) {
    Decision decision = target.profile().decision();
    List<Message> notices = new ArrayList<>();
    String templateId = templateId(decision, catalogue.titles(language));
    String own = decision.meta().templateId();
    if (!own.isEmpty() && !own.equals(templateId)) {
      notices.add(Message.of("session.edit.noTemplate", own, templateId));
    }
    Blueprint widened = ProfileBlueprint.widen(catalogue.blueprint(templateId, language), target.profile(),
        messages);
    Prefill prefill = of(target.profile(), widened, messages, target.origin().name());
    notices.addAll(prefill.notices());
    SessionState state = new SessionState(language, prefill.answers(),
        review ? Ids.REVIEW : Ids.TEMPLATE, review, "", Optional.of(target.origin()));
    return new Start(state, notices);
  }

  /** The profile's template when the question bank has it, else the blank one, else the first. */
  static String templateId(Decision decision, List<Catalogue.Title> titles) {
    List<String> ids = titles.stream().map(Catalogue.Title::id).toList();
    String own = decision.meta().templateId();
    if (ids.contains(own)) {
      return own;
    }
    return ids.contains(BLANK) ? BLANK : ids.get(0);
  }

  /** The money criterion the session's own questions rebuild, when they can express the plan. */
  static Optional<String> askedMoneyCriterion(Blueprint template, Profile profile,
      Messages messages) {
    return profile.money()
        .filter(p -> MoneyAnswers.expressible(p, profile.resolved(), template.money(),
            messages.get("session.money.currency")))
        .flatMap(MoneyPlan::criterion);
  }

  /**
   * The answers to every question of a session over {@code widened} that rebuild {@code profile},
   * saving under {@code name}.
   */
  public static Prefill of(Profile profile, Blueprint widened, Messages messages, String name) {
    Decision d = profile.resolved();
    Map<String, Answer> a = new LinkedHashMap<>();
    List<Message> notices = new ArrayList<>();
    Optional<String> asked = askedMoneyCriterion(widened, profile, messages)
        .filter(x -> widened.keptMoney().isEmpty());
    Optional<String> fed = widened.keptMoney().flatMap(MoneyPlan::criterion);

    a.put(Ids.TEMPLATE, Answer.text(widened.id()));
    a.put(Ids.TITLE, Answer.text(d.title()));
    a.put(Ids.DEADLINE, Answer.text(d.meta().deadline().map(LocalDate::toString).orElse("")));
    // Ids, not labels: two options may share a label, and a label may read like another's id.
    a.put(Ids.OPTIONS, Answer.items(d.options().stream().map(Option::id).toList()));
    if (!d.meta().gutRanking().isEmpty()) {
      a.put(Ids.GUT, Answer.items(d.meta().gutRanking()));
    }
    List<Criterion> criteria = d.criteria().stream()
        .filter(c -> asked.filter(c.id()::equals).isEmpty()).toList();
    a.put(Ids.CRITERIA, Answer.items(criteria.stream().map(Criterion::id).toList()));

    List<String> dealbreakers = new ArrayList<>();
    for (Gate g : d.gates()) {
      Optional<Criterion> c = criteria.stream().filter(x -> x.id().equals(g.criterionId()))
          .findFirst();
      if (c.isPresent() && askable(g, c.get())) {
        dealbreakers.add(g.criterionId());
        double limit = c.get().isBenefit() ? g.atLeast().getAsDouble() : g.atMost().getAsDouble();
        a.put(Ids.DEALBREAKER + g.criterionId(), Answer.text(Numbers.exact(limit)));
      } else {
        notices.add(Message.of("session.edit.gateKept",
            c.map(Criterion::label).orElse(g.criterionId())));
      }
    }
    a.put(Ids.DEALBREAKERS, Answer.items(dealbreakers));

    int moneyPoints = SavedWeights.weights(d, criteria, asked, a, notices);

    for (Option o : d.options()) {
      for (Criterion c : criteria) {
        if (fed.filter(c.id()::equals).isPresent()) {
          continue;
        }
        Rating r = d.ratings().getOrDefault(o.id(), Map.of()).get(c.id());
        if (r != null) {
          a.put(Ids.rating(o.id(), c.id()), Answer.text(rating(r, c)));
        }
      }
    }

    if (asked.isPresent()) {
      a.putAll(MoneyAnswers.answers(profile.money().orElseThrow(), widened.money(), moneyPoints));
    } else if (profile.money().isEmpty()) {
      a.putAll(MoneyAnswers.off(widened.money()));
    } else {
      notices.add(Message.of("session.edit.moneyKept"));
    }

    boolean reviewDateUsed = false;
    for (Reflection r : widened.reflections()) {
      Optional<String> text = Optional.ofNullable(d.reflections().get(r.id()));
      if (r.date() && text.isEmpty() && !reviewDateUsed) {
        text = d.meta().reviewDate().map(LocalDate::toString);
      }
      reviewDateUsed |= r.date() && text.isPresent();
      a.put(Ids.REFLECT + r.id(), Answer.text(text.orElse("")));
    }
    a.putAll(PlanAnswers.answers(d.meta().plan()));
    a.put(Ids.SAVE, Answer.text(name));
    return new Prefill(a, notices);
  }

  /**
   * True when the dealbreaker question can ask for {@code gate}: a lower limit on a criterion
   * where more is better, or an upper one where less is.
   */
  static boolean askable(Gate gate, Criterion criterion) {
    return criterion.isBenefit()
        ? gate.atLeast().isPresent() && gate.atMost().isEmpty()
        : gate.atMost().isPresent() && gate.atLeast().isEmpty();
  }

  /** True for the ids of the answers that set the weights. */
  static boolean weighting(String id) {
    return id.equals(Ids.METHOD) || id.equals(Ids.RANK) || id.startsWith(Ids.POINTS)
        || id.startsWith(Ids.PAIR) || id.equals(Ids.CONSISTENCY)
        || id.equals(MoneySection.WEIGHT) || id.equals(MoneySection.OVERLAP);
  }

  /**
   * "7", "6-8", "5..7..9" with a most likely value, or "?" for a plain range over a whole rating
   * scale (the session's don't know).
   */
  public static String rating(Rating r, Criterion c) {
    Optional<double[]> bounds = Scales.bounds(c);
    if (r instanceof Rating.Range range && range.likely().isEmpty() && Scales.isRating(c)
        && bounds.isPresent() && r.low() == bounds.get()[0] && r.high() == bounds.get()[1]) {
      return RatingQuestion.DONT_KNOW;
    }
    return RatingQuestion.asAnswer(r);
  }
}
