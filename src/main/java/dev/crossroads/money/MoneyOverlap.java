package dev.crossroads.money;

import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.QuantityScale;
import dev.crossroads.decision.WeightInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a decision weighs the same money twice: once through the criterion its money view rates
 * (net worth over the horizon, the <em>carrier</em>) and again through criteria of its own that
 * count money (a template's salary or savings, a hand-written net cost in KRW).
 *
 * <p>The rule (docs/money.md, "Money counted once"): a criterion other than the carrier counts
 * money when the question bank marks it so ({@code money: true}, passed in as {@code marked}), or
 * when it is a quantity whose unit names a currency (KRW, USD, 원, 백만 원, $, the plan's own
 * currency label), which covers profiles written by hand. Such a criterion counts the money a
 * second time only while both it and the carrier carry weight. The person's answer
 * ({@link MoneyPlan#overlap()}) sorts those into kept on purpose (a note) and unanswered (a
 * warning).
 *
 * @param carrier the criterion the money view rates; empty when the view rates none
 * @param alsoMoney the other criteria that count money, in the decision's order, whatever their
 *     weight; empty without a carrier
 * @param keptOnPurpose those of {@code alsoMoney} that weigh beside a weighed carrier because the
 *     person chose to keep both
 * @param unanswered those that weigh beside a weighed carrier with no answer that keeps them
 */
public record MoneyOverlap(
    Optional<String> carrier,
    List<String> alsoMoney,
    List<String> keptOnPurpose,
    List<String> unanswered) {

  /** How many times the decision's weights count money. */
  public enum Counting {
    /** Once (or not at all): nothing to say. */
    ONCE,
    /** Twice, as the person chose: a note. */
    TWICE_ON_PURPOSE,
    /** Twice, and nobody said so: a warning naming the criteria. */
    TWICE_UNANSWERED
  }

  /** Unit words that name a currency, compared with the unit's words lower-cased. */
  private static final Set<String> CURRENCY_WORDS = Set.of(
      "krw", "usd", "eur", "jpy", "gbp", "cny", "rmb", "cad", "aud", "chf", "sgd", "hkd", "twd",
      "inr", "won", "dollar", "dollars", "euro", "euros", "yen",
      "원", "천원", "만원", "십만원", "백만원", "천만원", "억", "억원", "달러", "엔", "유로", "위안");

  private static final String CURRENCY_SIGNS = "$€¥£₩";

  public MoneyOverlap {
    Objects.requireNonNull(carrier, "carrier");
    alsoMoney = List.copyOf(alsoMoney);
    keptOnPurpose = List.copyOf(keptOnPurpose);
    unanswered = List.copyOf(unanswered);
  }

  public Counting counting() {
    if (!unanswered.isEmpty()) {
      return Counting.TWICE_UNANSWERED;
    }
    return keptOnPurpose.isEmpty() ? Counting.ONCE : Counting.TWICE_ON_PURPOSE;
  }

  /** The overlap in a decision without a money view: none. */
  public static MoneyOverlap none() {
    return new MoneyOverlap(Optional.empty(), List.of(), List.of(), List.of());
  }

  /** {@link #of(Decision, MoneyPlan, Set)}, or {@link #none()} without a money view. */
  public static MoneyOverlap of(Decision decision, Optional<MoneyPlan> plan, Set<String> marked) {
    return plan.map(p -> of(decision, p, marked)).orElse(none());
  }

  /**
   * The overlap between {@code plan}'s criterion and the decision's other money criteria.
   *
   * @param marked ids of the criteria the decision's template marks as money (empty for a
   *     profile without one); the unit rule applies either way
   */
  public static MoneyOverlap of(Decision decision, MoneyPlan plan, Set<String> marked) {
    if (plan.criterion().isEmpty()) {
      return none();
    }
    String carrier = plan.criterion().get();
    List<Criterion> others = decision.criteria().stream()
        .filter(c -> !c.id().equals(carrier)).toList();
    List<String> alsoMoney = moneyCriteria(others, marked, plan.settings().currency());
    List<String> onPurpose = new ArrayList<>();
    List<String> unanswered = new ArrayList<>();
    WeightInput weights = decision.weights();
    if (weighs(weights, carrier)) {
      for (String id : alsoMoney) {
        if (!weighs(weights, id)) {
          continue;
        }
        boolean kept = plan.overlap().filter(o -> o.keepsBoth(id)).isPresent();
        (kept ? onPurpose : unanswered).add(id);
      }
    }
    return new MoneyOverlap(Optional.of(carrier), alsoMoney, onPurpose, unanswered);
  }

  /** The ids of {@code criteria} that count money, in their order (see the class comment). */
  public static List<String> moneyCriteria(
      List<Criterion> criteria, Set<String> marked, String currency) {
    return criteria.stream().filter(c -> countsMoney(c, marked, currency)).map(Criterion::id)
        .toList();
  }

  /** True when {@code criterion} counts money: marked by its template, or measured in money. */
  public static boolean countsMoney(Criterion criterion, Set<String> marked, String currency) {
    return marked.contains(criterion.id())
        || criterion.scale() instanceof QuantityScale q && currencyUnit(q.unit(), currency);
  }

  /**
   * True when {@code unit} names a currency: it is the plan's {@code currency} label, holds a
   * currency sign, or has a currency code or word among its words ("million KRW a year",
   * "백만 원 (3년 합계)"). "years", "% of the week" and "minutes" do not.
   */
  public static boolean currencyUnit(String unit, String currency) {
    String u = unit.strip();
    if (u.isEmpty()) {
      return false;
    }
    if (u.equalsIgnoreCase(currency.strip())) {
      return true;
    }
    if (u.chars().anyMatch(ch -> CURRENCY_SIGNS.indexOf(ch) >= 0)) {
      return true;
    }
    for (String word : u.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (CURRENCY_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** True when the weights give {@code id} more than nothing. */
  static boolean weighs(WeightInput weights, String id) {
    if (weights instanceof WeightInput.Shared s) {
      return s.criterion().equals(id) ? s.percent() > 0
          : !s.without().contains(id) && weighs(s.rest(), id);
    }
    if (weights instanceof WeightInput.Points p) {
      return p.points().getOrDefault(id, 0.0) > 0;
    }
    if (weights instanceof WeightInput.Direct d) {
      return d.weights().getOrDefault(id, 0.0) > 0;
    }
    if (weights instanceof WeightInput.RankOrder r) {
      // Rank-order centroid gives every ranked criterion a weight above zero.
      return r.order().contains(id);
    }
    // AHP gives every judged criterion a weight above zero.
    return ((WeightInput.Pairwise) weights).judgements().stream()
        .anyMatch(j -> j.a().equals(id) || j.b().equals(id));
  }
}
