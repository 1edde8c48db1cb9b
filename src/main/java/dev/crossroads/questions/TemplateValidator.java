package dev.crossroads.questions;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossroads.Problem;
import dev.crossroads.Message;
import dev.crossroads.Quote;
import dev.crossroads.decision.Direction;
import dev.crossroads.decision.Limits;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a parsed template file into a {@link Template}, enforcing the rules of
 * {@code questions/schema.json} plus what a schema cannot say (ids unique, pre-selected criteria
 * in the catalogue, weights naming exactly the pre-selected criteria and adding up to 100), and
 * the limits of docs/limits.md (50 options, 60 criteria, ids of 200 characters, labels of 200,
 * texts of 2000, numbers within 10^15). The first problem found becomes a one-line {@link
 * Problem} naming the file and the field.
 */
final class TemplateValidator {
  static final int FORMAT = 1;
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final Pattern PERIOD = Pattern.compile("P(\\d+[YMWD])+");
  private static final double WEIGHT_TOTAL = 100;

  private static final Set<String> TOP =
      Set.of(
          "format", "id", "title", "intro", "options", "criteria", "preselected", "weights",
          "reflection", "moneyView");
  private static final Set<String> OPTION = Set.of("id", "label");
  private static final Set<String> CRITERION =
      Set.of(
          "id", "label", "description", "direction", "scale", "question", "low", "high",
          "example", "money", "findOut");
  private static final Set<String> RATING = Set.of("type", "min", "max");
  private static final Set<String> QUANTITY = Set.of("type", "unit", "worst", "best");
  private static final Set<String> PROMPT = Set.of("id", "kind", "text", "hint", "default");
  private static final Set<String> LANGUAGES = Set.of("en", "ko");

  private final String location;

  TemplateValidator(String location) {
    this.location = location;
  }

  /**
   * @param expectedId the id the file name promises, if the file has one
   */
  Template validate(JsonNode root, Optional<String> expectedId) {
    if (root == null || root.isMissingNode() || root.isNull()) {
      throw problem("", Message.of("questions.problem.empty"));
    }
    object(root, "", TOP);
    JsonNode format = required(root, "", "format");
    if (!format.isIntegralNumber()) {
      throw wrongType(format, "format", "questions.type.integer");
    }
    if (format.asInt() != FORMAT) {
      throw problem("format", Message.of("questions.problem.format", format.asText(), FORMAT));
    }
    String id = id(required(root, "", "id"), "id");
    if (expectedId.isPresent() && !expectedId.get().equals(id)) {
      throw problem("id", Message.of("questions.problem.fileName", id, expectedId.get()));
    }
    LocalizedText title = label(required(root, "", "title"), "title");
    LocalizedText intro = text(required(root, "", "intro"), "intro");
    List<OptionTemplate> options = options(required(root, "", "options"), "options");
    List<CriterionTemplate> criteria = criteria(required(root, "", "criteria"), "criteria");
    Set<String> catalogue = new HashSet<>();
    criteria.forEach(c -> catalogue.add(c.id()));
    List<String> preselected =
        preselected(required(root, "", "preselected"), "preselected", catalogue);
    Map<String, Double> weights = weights(required(root, "", "weights"), "weights", preselected);
    List<ReflectionPrompt> reflection = reflection(required(root, "", "reflection"), "reflection");
    MoneyQuestions money = root.has("moneyView")
        ? new MoneyQuestionsReader(this).read(root.get("moneyView"), "moneyView")
        : MoneyQuestions.NONE;
    return new Template(id, title, intro, options, criteria, preselected, weights, reflection,
        money);
  }

  private List<OptionTemplate> options(JsonNode node, String path) {
    return entries(
        node,
        path,
        2,
        Limits.MAX_OPTIONS,
        OPTION,
        (option, at, id) -> new OptionTemplate(id, label(required(option, at, "label"), at + ".label")));
  }

  private List<CriterionTemplate> criteria(JsonNode node, String path) {
    return entries(node, path, 1, Limits.MAX_CRITERIA, CRITERION, this::criterion);
  }

  private CriterionTemplate criterion(JsonNode c, String at, String id) {
    LocalizedText label = label(required(c, at, "label"), at + ".label");
    LocalizedText description = text(required(c, at, "description"), at + ".description");
    Direction direction = direction(required(c, at, "direction"), at + ".direction");
    ScaleTemplate scale = scale(required(c, at, "scale"), at + ".scale", direction);
    LocalizedText question = text(required(c, at, "question"), at + ".question");
    LocalizedText low = text(required(c, at, "low"), at + ".low");
    LocalizedText high = text(required(c, at, "high"), at + ".high");
    LocalizedText example = text(required(c, at, "example"), at + ".example");
    boolean money = optionalBoolean(c, at, "money");
    Optional<LocalizedText> findOut =
        c.has("findOut") ? Optional.of(text(c.get("findOut"), at + ".findOut")) : Optional.empty();
    return new CriterionTemplate(
        id, label, description, direction, scale, question, low, high, example, money, findOut);
  }

  private Direction direction(JsonNode node, String path) {
    String value = plainText(node, path);
    return switch (value) {
      case "benefit" -> Direction.BENEFIT;
      case "cost" -> Direction.COST;
      default -> throw notOneOf(path, value, "benefit, cost");
    };
  }

  private ScaleTemplate scale(JsonNode node, String path, Direction direction) {
    if (!node.isObject()) {
      throw wrongType(node, path, "questions.type.object");
    }
    String type = plainText(required(node, path, "type"), path + ".type");
    switch (type) {
      case "rating" -> {
        object(node, path, RATING);
        double min = optionalNumber(node, path, "min").orElse(1);
        double max = optionalNumber(node, path, "max").orElse(10);
        if (!(min < max)) {
          throw problem(path + ".min", Message.of("questions.problem.minMax", min, max));
        }
        return new ScaleTemplate.Rating(min, max);
      }
      case "quantity" -> {
        object(node, path, QUANTITY);
        LocalizedText unit = label(required(node, path, "unit"), path + ".unit");
        OptionalDouble worst = optionalNumber(node, path, "worst");
        OptionalDouble best = optionalNumber(node, path, "best");
        if (worst.isPresent() != best.isPresent()) {
          String missing = worst.isPresent() ? "best" : "worst";
          throw problem(path + "." + missing, Message.of("questions.problem.bothEnds"));
        }
        if (worst.isPresent()) {
          double w = worst.getAsDouble();
          double b = best.getAsDouble();
          boolean consistent = direction == Direction.BENEFIT ? w < b : w > b;
          if (!consistent) {
            throw problem(
                path + ".best",
                Message.of(
                    direction == Direction.BENEFIT
                        ? "questions.problem.bestAboveWorst"
                        : "questions.problem.bestBelowWorst",
                    w,
                    b));
          }
        }
        return new ScaleTemplate.Quantity(unit, worst, best);
      }
      default -> throw notOneOf(path + ".type", type, "rating, quantity");
    }
  }

  private List<String> preselected(JsonNode node, String path, Set<String> catalogue) {
    array(node, path, 1, Limits.MAX_CRITERIA);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      String at = path + "[" + i + "]";
      String id = plainText(node.get(i), at);
      if (!catalogue.contains(id)) {
        throw problem(at, Message.of("questions.problem.notInCatalogue", id));
      }
      if (ids.contains(id)) {
        throw problem(at, Message.of("questions.problem.duplicateId", id));
      }
      ids.add(id);
    }
    return ids;
  }

  private Map<String, Double> weights(JsonNode node, String path, List<String> preselected) {
    if (!node.isObject()) {
      throw wrongType(node, path, "questions.type.object");
    }
    Map<String, Double> weights = new LinkedHashMap<>();
    double total = 0;
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      String at = path + "." + entry.getKey();
      if (!preselected.contains(entry.getKey())) {
        throw problem(at, Message.of("questions.problem.weightNotPreselected", entry.getKey()));
      }
      JsonNode value = entry.getValue();
      if (!value.isNumber()) {
        throw wrongType(value, at, "questions.type.number");
      }
      inRange(value, at);
      if (value.asDouble() < 0) {
        throw problem(at, Message.of("questions.problem.negative", value.asDouble()));
      }
      weights.put(entry.getKey(), value.asDouble());
      total += value.asDouble();
    }
    for (String id : preselected) {
      if (!weights.containsKey(id)) {
        throw problem(path, Message.of("questions.problem.weightMissing", id));
      }
    }
    if (Math.abs(total - WEIGHT_TOTAL) > 1e-6) {
      throw problem(path, Message.of("questions.problem.weightTotal", total));
    }
    return weights;
  }

  private List<ReflectionPrompt> reflection(JsonNode node, String path) {
    return entries(node, path, 0, Limits.MAX_REFLECTIONS, PROMPT, this::prompt);
  }

  private ReflectionPrompt prompt(JsonNode p, String at, String id) {
    String kindName = plainText(required(p, at, "kind"), at + ".kind");
    ReflectionPrompt.Kind kind =
        switch (kindName) {
          case "text" -> ReflectionPrompt.Kind.TEXT;
          case "date" -> ReflectionPrompt.Kind.DATE;
          default -> throw notOneOf(at + ".kind", kindName, "text, date");
        };
    LocalizedText text = text(required(p, at, "text"), at + ".text");
    LocalizedText hint = text(required(p, at, "hint"), at + ".hint");
    Optional<LocalizedText> defaultText = Optional.empty();
    Optional<Period> defaultAfter = Optional.empty();
    JsonNode def = p.get("default");
    if (def != null) {
      if (kind == ReflectionPrompt.Kind.TEXT) {
        defaultText = Optional.of(text(def, at + ".default"));
      } else {
        defaultAfter = Optional.of(period(def, at + ".default"));
      }
    }
    return new ReflectionPrompt(id, kind, text, hint, defaultText, defaultAfter);
  }

  /** Reads one entry of a list, given its place in the file and its id, already checked. */
  private interface Entry<T> {
    T read(JsonNode node, String at, String id);
  }

  /**
   * A list of {@code min} to {@code max} objects with the fields {@code allowed}, each with an id
   * of its own, read in order by {@code entry}.
   */
  private <T> List<T> entries(
      JsonNode node, String path, int min, int max, Set<String> allowed, Entry<T> entry) {
    array(node, path, min, max);
    List<T> entries = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < node.size(); i++) {
      String at = path + "[" + i + "]";
      JsonNode item = node.get(i);
      object(item, at, allowed);
      entries.add(entry.read(item, at, uniqueId(required(item, at, "id"), at + ".id", ids)));
    }
    return entries;
  }

  private Period period(JsonNode node, String path) {
    String value = plainText(node, path);
    if (!PERIOD.matcher(value).matches()) {
      throw problem(path, Message.of("questions.problem.period", value));
    }
    try {
      return Period.parse(value);
    } catch (DateTimeParseException e) {
      throw problem(path, Message.of("questions.problem.period", value));
    }
  }

  /** A title, label or unit: at most {@link Limits#MAX_LABEL} characters in each language. */
  private LocalizedText label(JsonNode node, String path) {
    return text(node, path, Limits.MAX_LABEL);
  }

  /** A description, question or hint: at most {@link Limits#MAX_TEXT} characters. */
  private LocalizedText text(JsonNode node, String path) {
    return text(node, path, Limits.MAX_TEXT);
  }

  private LocalizedText text(JsonNode node, String path, int max) {
    if (!node.isObject()) {
      throw wrongType(node, path, "questions.type.localized");
    }
    object(node, path, LANGUAGES);
    String en = languageText(node, path, "en", max);
    String ko = languageText(node, path, "ko", max);
    return new LocalizedText(en, ko);
  }

  private String languageText(JsonNode node, String path, String language, int max) {
    JsonNode value = node.get(language);
    if (value == null || value.isNull()) {
      throw problem(path + "." + language, Message.of("questions.problem.missingLanguage"));
    }
    String text = plainText(value, path + "." + language);
    if (text.isBlank()) {
      throw problem(path + "." + language, Message.of("questions.problem.blank"));
    }
    atMost(text, max, path + "." + language);
    return text;
  }

  private void atMost(String text, int max, String path) {
    int length = Limits.length(text);
    if (length > max) {
      throw problem(
          path, Message.of("questions.problem.tooLong", String.valueOf(length), String.valueOf(max)));
    }
  }

  private String uniqueId(JsonNode node, String path, Set<String> seen) {
    String id = id(node, path);
    if (!seen.add(id)) {
      throw problem(path, Message.of("questions.problem.duplicateId", id));
    }
    return id;
  }

  String id(JsonNode node, String path) {
    String id = plainText(node, path);
    atMost(id, Limits.MAX_ID, path);
    if (!ID.matcher(id).matches()) {
      throw problem(path, Message.of("questions.problem.idFormat", id));
    }
    return id;
  }

  private String plainText(JsonNode node, String path) {
    if (node.isBoolean()) {
      throw problem(path, Message.of("questions.problem.booleanText"));
    }
    if (!node.isTextual()) {
      throw wrongType(node, path, "questions.type.text");
    }
    // YAML has no limit of its own on a scalar's length: no text in a template is longer.
    atMost(node.asText(), Limits.MAX_TEXT, path);
    return node.asText();
  }

  private OptionalDouble optionalNumber(JsonNode parent, String path, String field) {
    JsonNode node = parent.get(field);
    if (node == null) {
      return OptionalDouble.empty();
    }
    if (!node.isNumber()) {
      throw wrongType(node, path + "." + field, "questions.type.number");
    }
    inRange(node, path + "." + field);
    return OptionalDouble.of(node.asDouble());
  }

  boolean optionalBoolean(JsonNode parent, String path, String field) {
    JsonNode node = parent.get(field);
    if (node == null) {
      return false;
    }
    if (!node.isBoolean()) {
      throw wrongType(node, path + "." + field, "questions.type.boolean");
    }
    return node.booleanValue();
  }

  void array(JsonNode node, String path, int minItems, int maxItems) {
    if (!node.isArray()) {
      throw wrongType(node, path, "questions.type.list");
    }
    if (node.size() < minItems) {
      throw problem(path, Message.of("questions.problem.tooFew", minItems));
    }
    if (node.size() > maxItems) {
      throw problem(
          path + "[" + maxItems + "]",
          Message.of(
              "questions.problem.tooMany", String.valueOf(node.size()), String.valueOf(maxItems)));
    }
  }

  /** A number within 10^15 either way, as every number crossroads weighs. */
  private void inRange(JsonNode number, String path) {
    if (!Limits.inRange(number.asDouble())) {
      throw problem(path, Message.of("questions.problem.tooLarge"));
    }
  }

  /** Checks that {@code node} is a mapping whose keys are all in {@code allowed}. */
  void object(JsonNode node, String path, Set<String> allowed) {
    if (!node.isObject()) {
      throw wrongType(node, path, "questions.type.object");
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw problem(join(path, name), Message.of("questions.problem.unknownField"));
      }
    }
  }

  JsonNode required(JsonNode parent, String path, String field) {
    JsonNode node = parent.get(field);
    if (node == null || node.isNull()) {
      throw problem(join(path, field), Message.of("questions.problem.missing"));
    }
    return node;
  }

  private static String join(String path, String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  Problem wrongType(JsonNode node, String path, String expectedKey) {
    return problem(
        path, Message.of("questions.problem.type", Message.of(expectedKey), found(node)));
  }

  private Problem notOneOf(String path, String value, String allowed) {
    return problem(path, Message.of("questions.problem.notOneOf", value, allowed));
  }

  private static Message found(JsonNode node) {
    if (node.isTextual()) {
      return Message.of("questions.type.text");
    } else if (node.isIntegralNumber()) {
      return Message.of("questions.type.integer");
    } else if (node.isNumber()) {
      return Message.of("questions.type.number");
    } else if (node.isBoolean()) {
      return Message.of("questions.type.boolean");
    } else if (node.isArray()) {
      return Message.of("questions.type.list");
    } else if (node.isObject()) {
      return Message.of("questions.type.object");
    }
    return Message.of("questions.type.nothing");
  }

  Problem problem(String path, Message problem) {
    String field = path.isEmpty() ? "(top)" : Quote.cut(path);
    // Values quoted back came from the file; a person reads at most 80 characters of each.
    Message shown =
        new Message(problem.key(), problem.args().stream().map(Quote::cutIfText).toList());
    return new Problem(
        Problem.Kind.BAD_DATA, Message.of("questions.invalidTemplate", location, field, shown));
  }
}
