package dev.crossroads.store;

import dev.crossroads.Message;
import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Direction;
import dev.crossroads.decision.Gate;
import dev.crossroads.decision.JournalEntry;
import dev.crossroads.decision.Limits;
import dev.crossroads.decision.Meta;
import dev.crossroads.decision.Option;
import dev.crossroads.decision.Plan;
import dev.crossroads.decision.QuantityScale;
import dev.crossroads.decision.Rating;
import dev.crossroads.decision.RatingScale;
import dev.crossroads.decision.Scale;
import dev.crossroads.decision.Scenario;
import dev.crossroads.decision.WeightInput;
import dev.crossroads.money.MoneyPlan;
import dev.crossroads.money.OverlapChoice;
import dev.crossroads.store.FieldReader.Node;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Turns one located JSON document into a {@link Decision}, checking schema 1's rules on the way.
 * It reads on past each problem so that one run reports all of them, in document order.
 * Unknown top-level fields are ignored (room for additions within schema 1); unknown fields
 * inside options, criteria, ratings and the rest are reported, as they are usually typos.
 */
final class ProfileParser {
  static final int SCHEMA = 1;

  private final FieldReader in;
  private final Map<String, Option> options = new LinkedHashMap<>();
  private final Map<String, Criterion> criteria = new LinkedHashMap<>();
  private final Set<String> optionIds = new LinkedHashSet<>();
  private final Set<String> criterionIds = new LinkedHashSet<>();
  private final Map<String, Scale> scales = new HashMap<>();
  private boolean optionsRead;
  private boolean criteriaRead;

  ProfileParser(LocatedJson doc, String source) {
    this.in = new FieldReader(doc, source);
  }

  Decision decision() {
    return profile().decision();
  }

  Profile profile() {
    Node root = in.root();
    if (in.object(root).isEmpty()) {
      throw failed();
    }
    schema(root);
    String title = in.text(root, "title", true, Limits.MAX_LABEL).orElse("");
    String language = language(root);
    readOptions(root);
    readCriteria(root);
    Declared ids = new Declared(optionIds, criterionIds, scales, optionsRead, criteriaRead);
    WeightsParser weightsParser = new WeightsParser(in, ids);
    Optional<String> fed = MoneyParser.fedCriterion(root);
    RatingsParser ratingsParser = new RatingsParser(in, ids, fed.map(Set::of).orElse(Set.of()));
    List<Gate> gates = gates(root, ids);
    Optional<WeightInput> weights = in.field(root, "weights", true).flatMap(weightsParser::read);
    Optional<Map<String, Map<String, Rating>>> ratings =
        in.field(root, "ratings", true).flatMap(n -> ratingsParser.read(n, true));
    Map<String, String> reflections = reflections(root);
    List<Scenario> scenarios = scenarios(root, weightsParser, ratingsParser);
    Meta meta = meta(root, ids);
    Optional<MoneyPlan> money = in.field(root, "money", false)
        .flatMap(new MoneyParser(in, ids, criteria)::read);
    if (root.json().has("money")) {
      Optional<OverlapChoice> overlap = in.field(root, OverlapParser.FIELD, false)
          .flatMap(new OverlapParser(in, ids)::read);
      money = money.map(plan -> plan.withOverlap(overlap));
    }
    if (in.problemCount() > 0) {
      throw failed();
    }
    Decision decision = new Decision(
        title,
        language,
        List.copyOf(options.values()),
        List.copyOf(criteria.values()),
        gates,
        weights.orElseThrow(),
        ratings.orElseThrow(),
        reflections,
        scenarios,
        meta);
    return new Profile(decision, money);
  }

  private ProfileFormatException failed() {
    List<ProfileProblem> sorted = new ArrayList<>(in.problems());
    sorted.sort(Comparator.comparing(ProfileProblem::at));
    return new ProfileFormatException(sorted, in.problemCount());
  }

  /** A newer schema is refused at once: the rest of such a file may mean something else. */
  private void schema(Node root) {
    Optional<Node> node = in.field(root, "schemaVersion", true);
    if (node.isEmpty()) {
      return;
    }
    if (!node.get().json().isIntegralNumber()) {
      in.atValue(node.get(), "store.badSchema", node.get().json().asText());
      return;
    }
    long version = node.get().json().longValue();
    if (version > SCHEMA || node.get().json().isBigInteger()) {
      ProfileProblem newer =
          new ProfileProblem(in.source(), in.valueAt(node.get()), Message.of(
              "store.newerSchema", node.get().json().asText(), String.valueOf(SCHEMA)));
      throw new ProfileFormatException(List.of(newer));
    }
    if (version < SCHEMA) {
      in.atValue(node.get(), "store.badSchema", node.get().json().asText());
    }
  }

  private String language(Node root) {
    Optional<Node> node = in.field(root, "language", false);
    Optional<String> language = node.flatMap(in::text);
    if (language.isPresent() && !language.get().equals("en") && !language.get().equals("ko")) {
      in.atValue(node.get(), "store.badLanguage", language.get());
    }
    return language.orElse("en");
  }

  /**
   * The items of the list {@code field}, which every profile has, reported when there are more
   * than {@code max} or none; empty when it is missing or no list (reported too).
   */
  private Optional<List<Node>> list(Node root, String field, int max) {
    Optional<Node> listNode = in.field(root, field, true);
    Optional<List<Node>> items = listNode.flatMap(n -> in.array(n, max));
    if (items.isPresent() && items.get().isEmpty()) {
      in.atValue(listNode.get(), "store.emptyList", field);
    }
    return items;
  }

  private void readOptions(Node root) {
    Optional<List<Node>> items = list(root, "options", Limits.MAX_OPTIONS);
    optionsRead = items.isPresent();
    for (Node item : items.orElse(List.of())) {
      if (in.object(item).isEmpty()) {
        continue;
      }
      in.allowOnly(item, Set.of("id", "label"));
      Optional<String> id = id(item, optionIds, "store.duplicateOption");
      Optional<String> label = in.text(item, "label", true, Limits.MAX_LABEL);
      if (id.isPresent() && label.isPresent()) {
        options.put(id.get(), new Option(id.get(), label.get()));
      }
    }
  }

  private void readCriteria(Node root) {
    Optional<List<Node>> items = list(root, "criteria", Limits.MAX_CRITERIA);
    criteriaRead = items.isPresent();
    for (Node item : items.orElse(List.of())) {
      if (in.object(item).isEmpty()) {
        continue;
      }
      in.allowOnly(item, Set.of("id", "label", "description", "direction", "scale"));
      Optional<String> id = id(item, criterionIds, "store.duplicateCriterion");
      Optional<String> label = in.text(item, "label", true, Limits.MAX_LABEL);
      String description = in.text(item, "description", false).orElse("");
      Optional<Direction> direction = direction(item);
      Optional<Scale> scale = in.field(item, "scale", false).isPresent()
          ? in.object(item, "scale", false).flatMap(s -> scale(s, direction))
          : Optional.of(RatingScale.ONE_TO_TEN);
      if (id.isPresent() && scale.isPresent()) {
        scales.putIfAbsent(id.get(), scale.get());
      }
      if (id.isPresent() && label.isPresent() && direction.isPresent() && scale.isPresent()) {
        criteria.putIfAbsent(id.get(), new Criterion(id.get(), label.get(), direction.get(), scale.get(), description));
      }
    }
  }

  /** Reads an id, reporting it when empty or already taken; a duplicate is not returned. */
  private Optional<String> id(Node item, Set<String> taken, String duplicateKey) {
    Optional<Node> node = in.field(item, "id", true);
    Optional<String> id = node.flatMap(n -> in.text(n, Limits.MAX_ID));
    if (id.isEmpty()) {
      return id;
    }
    if (id.get().isBlank()) {
      in.atValue(node.get(), "store.emptyId");
      return Optional.empty();
    }
    if (!taken.add(id.get())) {
      in.atValue(node.get(), duplicateKey, id.get());
      return Optional.empty();
    }
    return id;
  }

  private Optional<Direction> direction(Node criterion) {
    Optional<Node> node = in.field(criterion, "direction", true);
    Optional<String> text = node.flatMap(in::text);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    switch (text.get()) {
      case "benefit":
        return Optional.of(Direction.BENEFIT);
      case "cost":
        return Optional.of(Direction.COST);
      default:
        in.atValue(node.get(), "store.badDirection", text.get());
        return Optional.empty();
    }
  }

  private Optional<Scale> scale(Node scale, Optional<Direction> direction) {
    Optional<Node> typeNode = in.field(scale, "type", true);
    Optional<String> type = typeNode.flatMap(in::text);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    int before = in.problemCount();
    if (type.get().equals("rating")) {
      in.allowOnly(scale, Set.of("type", "min", "max"));
      OptionalDouble min = in.number(scale, "min", false);
      OptionalDouble max = in.number(scale, "max", false);
      double lo = min.orElse(RatingScale.ONE_TO_TEN.min());
      double hi = max.orElse(RatingScale.ONE_TO_TEN.max());
      if (in.problemCount() == before && !(lo < hi)) {
        in.atValue(scale, "store.scaleOrder", PlainNumber.format(lo), PlainNumber.format(hi));
      }
      return in.problemCount() == before ? Optional.of(new RatingScale(lo, hi)) : Optional.empty();
    }
    if (type.get().equals("quantity")) {
      in.allowOnly(scale, Set.of("type", "unit", "worst", "best"));
      Optional<String> unit = in.text(scale, "unit", true, Limits.MAX_LABEL);
      OptionalDouble worst = in.number(scale, "worst", false);
      OptionalDouble best = in.number(scale, "best", false);
      if (worst.isPresent() && best.isPresent()) {
        double w = worst.getAsDouble();
        double b = best.getAsDouble();
        if (w == b) {
          in.atValue(scale, "store.sameEnds", PlainNumber.format(w));
        } else if (direction.isPresent() && (direction.get() == Direction.BENEFIT) != (w < b)) {
          in.atValue(scale, direction.get() == Direction.BENEFIT ? "store.endsBenefit" : "store.endsCost",
              PlainNumber.format(w), PlainNumber.format(b));
        }
      }
      return in.problemCount() == before && unit.isPresent()
          ? Optional.of(new QuantityScale(unit.get(), worst, best))
          : Optional.empty();
    }
    in.atValue(typeNode.get(), "store.badScaleType", type.get());
    return Optional.empty();
  }

  private List<Gate> gates(Node root, Declared ids) {
    List<Gate> gates = new ArrayList<>();
    for (Node item : in.array(root, "gates", false, Limits.MAX_GATES).orElse(List.of())) {
      if (in.object(item).isEmpty()) {
        continue;
      }
      in.allowOnly(item, Set.of("criterion", "atLeast", "atMost"));
      Optional<Node> criterionNode = in.field(item, "criterion", true);
      Optional<String> criterion = criterionNode.flatMap(in::text);
      if (criterion.isPresent() && ids.unknownCriterion(criterion.get())) {
        in.atValue(criterionNode.get(), "store.unknownCriterion", criterion.get(), ids.criterionList());
      }
      OptionalDouble atLeast = in.number(item, "atLeast", false);
      OptionalDouble atMost = in.number(item, "atMost", false);
      if (!item.json().has("atLeast") && !item.json().has("atMost")) {
        in.atValue(item, "store.gateEmpty");
      } else if (atLeast.isPresent() && atMost.isPresent() && atLeast.getAsDouble() > atMost.getAsDouble()) {
        in.atValue(item, "store.gateOrder", PlainNumber.format(atLeast.getAsDouble()),
            PlainNumber.format(atMost.getAsDouble()));
      }
      criterion.ifPresent(c -> gates.add(new Gate(c, atLeast, atMost)));
    }
    return gates;
  }

  private Map<String, String> reflections(Node root) {
    Map<String, String> reflections = new LinkedHashMap<>();
    in.object(root, "reflections", false).ifPresent(
        object -> {
          in.atMost(object, Limits.MAX_REFLECTIONS);
          in.members(object).forEach((prompt, text) -> {
            if (Limits.length(prompt) > Limits.MAX_ID) {
              in.atName(text, "store.tooLong", in.path(text),
                  String.valueOf(Limits.length(prompt)), String.valueOf(Limits.MAX_ID));
            }
            in.text(text).ifPresent(t -> reflections.put(prompt, t));
          });
        });
    return reflections;
  }

  private List<Scenario> scenarios(Node root, WeightsParser weightsParser, RatingsParser ratingsParser) {
    List<Scenario> scenarios = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    for (Node item : in.array(root, "scenarios", false, Limits.MAX_SCENARIOS).orElse(List.of())) {
      if (in.object(item).isEmpty()) {
        continue;
      }
      in.allowOnly(item, Set.of("name", "description", "weights", "ratings"));
      Optional<Node> nameNode = in.field(item, "name", true);
      Optional<String> name = nameNode.flatMap(n -> in.text(n, Limits.MAX_LABEL));
      if (name.isPresent() && name.get().isBlank()) {
        in.atValue(nameNode.get(), "store.emptyName");
      } else if (name.isPresent() && !names.add(name.get())) {
        in.atValue(nameNode.get(), "store.duplicateScenario", name.get());
      }
      String description = in.text(item, "description", false).orElse("");
      Optional<WeightInput> weights = in.field(item, "weights", false).flatMap(weightsParser::read);
      Map<String, Map<String, Rating>> ratings = in.field(item, "ratings", false)
          .flatMap(n -> ratingsParser.read(n, false)).orElse(Map.of());
      name.ifPresent(n -> scenarios.add(new Scenario(n, description, weights, ratings)));
    }
    return scenarios;
  }

  private Meta meta(Node root, Declared ids) {
    String template = in.text(root, "template", false, Limits.MAX_ID).orElse("");
    Optional<LocalDate> deadline = in.date(root, "deadline", false);
    Optional<LocalDate> reviewDate = in.date(root, "reviewDate", false);
    List<String> gut = new ArrayList<>();
    for (Node item : in.array(root, "gutRanking", false, Limits.MAX_OPTIONS).orElse(List.of())) {
      Optional<String> id = in.text(item);
      if (id.isEmpty()) {
        continue;
      }
      if (ids.unknownOption(id.get())) {
        in.atValue(item, "store.unknownOption", id.get(), ids.optionList());
      } else if (gut.contains(id.get())) {
        in.atValue(item, "store.gutTwice", id.get());
      } else {
        gut.add(id.get());
      }
    }
    Plan plan = in.field(root, PlanParser.FIELD, false).flatMap(new PlanParser(in)::read)
        .orElse(Plan.NONE);
    List<JournalEntry> journal = in.field(root, JournalParser.FIELD, false)
        .map(new JournalParser(in)::read).orElse(List.of());
    return new Meta(template, deadline, reviewDate, gut, plan, journal);
  }


}
