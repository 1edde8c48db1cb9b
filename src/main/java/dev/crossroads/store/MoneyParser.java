package dev.crossroads.store;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossroads.decision.Limits;
import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.QuantityScale;
import dev.crossroads.money.Band;
import dev.crossroads.money.Equity;
import dev.crossroads.money.MoneyModel;
import dev.crossroads.money.MoneyPlan;
import dev.crossroads.money.MoneySettings;
import dev.crossroads.money.Obligation;
import dev.crossroads.store.FieldReader.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads the optional top-level "money" object: settings, a money model per option and the
 * criterion it feeds. Every figure is checked here, with its location, by the same rules the money
 * view applies, so a typo is reported like any other profile problem and never as a bare failure
 * later.
 */
final class MoneyParser {
  /** The money view's own limits (see docs/money.md, "Input checks"). */
  static final int MAX_YEARS = 100;

  static final double MAX_AMOUNT = 1e15;
  /** Obligations of one option, and fact topics: a handful is all a plan has (docs/limits.md). */
  static final int MAX_LIST = 20;

  static final String CUMULATIVE = "cumulative";
  static final String PRESENT_VALUE = "presentValue";

  private static final Set<String> PLAN_FIELDS = ordered(
      "horizonYears", "discountRate", "currency", "criterion", "criterionValue", "factTopics",
      "options");
  private static final Set<String> MODEL_FIELDS = ordered(
      "studyYears", "tuitionPerYear", "stipendPerYear", "salary", "raiseRate",
      "livingCostDeltaPerYear", "obligations", "equity");
  private static final Set<String> BAND_FIELDS = ordered("conservative", "optimistic");
  private static final Set<String> REPAYMENT_FIELDS =
      ordered("type", "label", "amount", "year", "probability");
  private static final Set<String> CLAWBACK_FIELDS = ordered(
      "type", "label", "amount", "requiredServiceYears", "proRata", "leaveAfterServiceYears",
      "probability");
  private static final Set<String> EQUITY_FIELDS = ordered("value", "vestingYear");

  private final FieldReader in;
  private final Declared ids;
  private final Map<String, Criterion> criteria;

  MoneyParser(FieldReader in, Declared ids, Map<String, Criterion> criteria) {
    this.in = in;
    this.ids = ids;
    this.criteria = criteria;
  }

  /** The criterion id the money object says it feeds, read ahead so ratings may leave it out. */
  static Optional<String> fedCriterion(Node root) {
    JsonNode money = root.json().get("money");
    JsonNode criterion = money == null || !money.isObject() ? null : money.get("criterion");
    return criterion != null && criterion.isTextual()
        ? Optional.of(criterion.textValue())
        : Optional.empty();
  }

  Optional<MoneyPlan> read(Node money) {
    if (in.object(money).isEmpty()) {
      return Optional.empty();
    }
    int before = in.problemCount();
    in.allowOnly(money, PLAN_FIELDS);
    int horizon = whole(money, "horizonYears", 1, MAX_YEARS)
        .orElse(MoneySettings.DEFAULT_HORIZON_YEARS);
    double rate = between(money, "discountRate", 0, 1).orElse(MoneySettings.DEFAULT_DISCOUNT_RATE);
    Optional<Node> currencyNode = in.field(money, "currency", true);
    Optional<String> currency = currencyNode.flatMap(in::text);
    if (currency.isPresent() && currency.get().isBlank()) {
      in.atValue(currencyNode.get(), "store.money.blankCurrency");
    }
    Optional<String> criterion = criterion(money);
    boolean discounted = criterionValue(money);
    List<String> topics = factTopics(money);
    Map<String, MoneyModel> models = new LinkedHashMap<>();
    Optional<Node> optionsNode = in.object(money, "options", true);
    if (optionsNode.isPresent()) {
      in.atMost(optionsNode.get(), Limits.MAX_OPTIONS);
      for (Map.Entry<String, Node> entry : in.members(optionsNode.get()).entrySet()) {
        String option = entry.getKey();
        if (ids.unknownOption(option)) {
          in.atName(entry.getValue(), "store.unknownOption", option, ids.optionList());
        } else {
          model(entry.getValue()).ifPresent(m -> models.put(option, m));
        }
      }
      if (criterion.isPresent() && ids.optionsRead()) {
        for (String option : ids.options()) {
          if (!optionsNode.get().json().has(option)) {
            in.atValue(optionsNode.get(), "store.money.missingModel", option, criterion.get());
          }
        }
      }
    }
    if (in.problemCount() != before || currency.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new MoneyPlan(
        new MoneySettings(horizon, rate, currency.get()), models, criterion, discounted, topics));
  }

  private List<String> factTopics(Node money) {
    Optional<List<Node>> items = in.array(money, "factTopics", false, MAX_LIST);
    if (items.isEmpty()) {
      return MoneyPlan.DEFAULT_FACT_TOPICS;
    }
    List<String> topics = new ArrayList<>();
    for (Node item : items.get()) {
      Optional<String> topic = in.text(item);
      if (topic.isPresent() && topic.get().isBlank()) {
        in.atValue(item, "store.money.blankTopic");
      } else {
        topic.filter(t -> !topics.contains(t)).ifPresent(topics::add);
      }
    }
    return topics;
  }

  private Optional<String> criterion(Node money) {
    Optional<Node> node = in.field(money, "criterion", false);
    Optional<String> id = node.flatMap(in::text);
    if (id.isEmpty()) {
      return id;
    }
    if (ids.unknownCriterion(id.get())) {
      in.atValue(node.get(), "store.unknownCriterion", id.get(), ids.criterionList());
      return Optional.empty();
    }
    Criterion declared = criteria.get(id.get());
    if (declared != null && !(declared.isBenefit() && declared.scale() instanceof QuantityScale)) {
      in.atValue(node.get(), "store.money.criterionNotQuantity", id.get());
    }
    return id;
  }

  private boolean criterionValue(Node money) {
    Optional<Node> node = in.field(money, "criterionValue", false);
    Optional<String> value = node.flatMap(in::text);
    if (value.isEmpty() || value.get().equals(CUMULATIVE)) {
      return false;
    }
    if (value.get().equals(PRESENT_VALUE)) {
      return true;
    }
    in.atValue(node.get(), "store.money.badCriterionValue", value.get());
    return false;
  }

  private Optional<MoneyModel> model(Node node) {
    if (in.object(node).isEmpty()) {
      return Optional.empty();
    }
    int before = in.problemCount();
    in.allowOnly(node, MODEL_FIELDS);
    double studyYears = between(node, "studyYears", 0, MAX_YEARS).orElse(0);
    double tuition = nonNegative(node, "tuitionPerYear").orElse(0);
    double stipend = nonNegative(node, "stipendPerYear").orElse(0);
    Optional<Band> salary = in.field(node, "salary", true).flatMap(this::band);
    double raise = raiseRate(node);
    double living = amount(node, "livingCostDeltaPerYear").orElse(0);
    List<Obligation> obligations = new ArrayList<>();
    for (Node item : in.array(node, "obligations", false, MAX_LIST).orElse(List.of())) {
      obligation(item).ifPresent(obligations::add);
    }
    Optional<Equity> equity = in.field(node, "equity", false).flatMap(this::equity);
    if (in.problemCount() != before || salary.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new MoneyModel(
        studyYears, tuition, stipend, salary.get(), raise, living, obligations, equity));
  }

  private double raiseRate(Node model) {
    Optional<Node> node = in.field(model, "raiseRate", false);
    OptionalDouble value = node.isPresent() ? in.number(node.get()) : OptionalDouble.empty();
    if (value.isPresent() && !(value.getAsDouble() > -1 && value.getAsDouble() <= 1)) {
      in.atValue(node.get(), "store.money.raiseRate", in.path(node.get()),
          PlainNumber.format(value.getAsDouble()));
    }
    return value.orElse(0);
  }

  /** A band is a number (both ends equal) or {"conservative", "optimistic"}. */
  private Optional<Band> band(Node node) {
    if (node.json().isNumber()) {
      OptionalDouble value = checkedNonNegative(node);
      return value.isPresent() ? Optional.of(Band.of(value.getAsDouble())) : Optional.empty();
    }
    if (in.object(node).isEmpty()) {
      return Optional.empty();
    }
    int before = in.problemCount();
    in.allowOnly(node, BAND_FIELDS);
    OptionalDouble low = nonNegative(node, "conservative", true);
    OptionalDouble high = nonNegative(node, "optimistic", true);
    if (in.problemCount() != before || low.isEmpty() || high.isEmpty()) {
      return Optional.empty();
    }
    if (low.getAsDouble() > high.getAsDouble()) {
      in.atValue(node, "store.money.bandOrder", in.path(node),
          PlainNumber.format(low.getAsDouble()), PlainNumber.format(high.getAsDouble()));
      return Optional.empty();
    }
    return Optional.of(new Band(low.getAsDouble(), high.getAsDouble()));
  }

  private Optional<Obligation> obligation(Node node) {
    if (in.object(node).isEmpty()) {
      return Optional.empty();
    }
    Optional<Node> typeNode = in.field(node, "type", true);
    Optional<String> type = typeNode.flatMap(in::text);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    int before = in.problemCount();
    Optional<String> label;
    OptionalDouble amount;
    OptionalDouble probability;
    switch (type.get()) {
      case "repayment": {
        in.allowOnly(node, REPAYMENT_FIELDS);
        label = in.text(node, "label", true);
        amount = nonNegative(node, "amount", true);
        OptionalInt year = whole(node, "year", 1, Integer.MAX_VALUE, true);
        probability = between(node, "probability", 0, 1, true);
        if (in.problemCount() != before || label.isEmpty()) {
          return Optional.empty();
        }
        return Optional.of(new Obligation.Repayment(
            label.get(), amount.getAsDouble(), year.getAsInt(), probability.getAsDouble()));
      }
      case "clawback": {
        in.allowOnly(node, CLAWBACK_FIELDS);
        label = in.text(node, "label", true);
        amount = nonNegative(node, "amount", true);
        OptionalInt required = whole(node, "requiredServiceYears", 1, MAX_YEARS, true);
        Optional<Boolean> proRata = bool(node, "proRata");
        OptionalInt served = whole(node, "leaveAfterServiceYears", 0, MAX_YEARS, true);
        probability = between(node, "probability", 0, 1, true);
        if (in.problemCount() != before || label.isEmpty() || proRata.isEmpty()) {
          return Optional.empty();
        }
        return Optional.of(new Obligation.Clawback(
            label.get(), amount.getAsDouble(), required.getAsInt(), proRata.get(),
            served.getAsInt(), probability.getAsDouble()));
      }
      default:
        in.atValue(typeNode.get(), "store.money.badObligationType", type.get());
        return Optional.empty();
    }
  }

  private Optional<Equity> equity(Node node) {
    if (in.object(node).isEmpty()) {
      return Optional.empty();
    }
    int before = in.problemCount();
    in.allowOnly(node, EQUITY_FIELDS);
    Optional<Band> value = in.field(node, "value", true).flatMap(this::band);
    OptionalInt year = whole(node, "vestingYear", 1, Integer.MAX_VALUE, true);
    if (in.problemCount() != before || value.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Equity(value.get(), year.getAsInt()));
  }

  private Optional<Boolean> bool(Node object, String name) {
    Optional<Node> node = in.field(object, name, true);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    if (!node.get().json().isBoolean()) {
      in.atValue(node.get(), "store.money.notBoolean", in.path(node.get()));
      return Optional.empty();
    }
    return Optional.of(node.get().json().booleanValue());
  }

  private OptionalInt whole(Node object, String name, int min, int max) {
    return whole(object, name, min, max, false);
  }

  private OptionalInt whole(Node object, String name, int min, int max, boolean required) {
    Optional<Node> node = in.field(object, name, required);
    if (node.isEmpty()) {
      return OptionalInt.empty();
    }
    OptionalDouble value = in.number(node.get());
    if (value.isEmpty()) {
      return OptionalInt.empty();
    }
    double v = value.getAsDouble();
    if (v != Math.rint(v)) {
      in.atValue(node.get(), "store.money.wholeNumber", in.path(node.get()), PlainNumber.format(v));
      return OptionalInt.empty();
    }
    if (v < min || v > max) {
      in.atValue(node.get(), max == Integer.MAX_VALUE ? "store.money.atLeast" : "store.money.range",
          in.path(node.get()), String.valueOf(min), String.valueOf(max), PlainNumber.format(v));
      return OptionalInt.empty();
    }
    return OptionalInt.of((int) v);
  }

  private OptionalDouble between(Node object, String name, double min, double max) {
    return between(object, name, min, max, false);
  }

  private OptionalDouble between(
      Node object, String name, double min, double max, boolean required) {
    Optional<Node> node = in.field(object, name, required);
    OptionalDouble value = node.isPresent() ? in.number(node.get()) : OptionalDouble.empty();
    if (value.isPresent() && !(value.getAsDouble() >= min && value.getAsDouble() <= max)) {
      in.atValue(node.get(), "store.money.range", in.path(node.get()), PlainNumber.format(min),
          PlainNumber.format(max), PlainNumber.format(value.getAsDouble()));
      return OptionalDouble.empty();
    }
    return value;
  }

  private OptionalDouble nonNegative(Node object, String name) {
    return nonNegative(object, name, false);
  }

  private OptionalDouble nonNegative(Node object, String name, boolean required) {
    Optional<Node> node = in.field(object, name, required);
    return node.isPresent() ? checkedNonNegative(node.get()) : OptionalDouble.empty();
  }

  private OptionalDouble checkedNonNegative(Node node) {
    OptionalDouble value = checkedAmount(node);
    if (value.isPresent() && value.getAsDouble() < 0) {
      in.atValue(node, "store.money.negative", in.path(node), PlainNumber.format(value.getAsDouble()));
      return OptionalDouble.empty();
    }
    return value;
  }

  private OptionalDouble amount(Node object, String name) {
    Optional<Node> node = in.field(object, name, false);
    return node.isPresent() ? checkedAmount(node.get()) : OptionalDouble.empty();
  }

  private OptionalDouble checkedAmount(Node node) {
    OptionalDouble value = in.number(node);
    if (value.isPresent() && Math.abs(value.getAsDouble()) > MAX_AMOUNT) {
      in.atValue(node, "store.money.tooLarge", in.path(node), PlainNumber.format(value.getAsDouble()));
      return OptionalDouble.empty();
    }
    return value;
  }

  private static Set<String> ordered(String... names) {
    return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(List.of(names)));
  }
}
