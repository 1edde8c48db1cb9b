package dev.crossroads.questions;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossroads.Message;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads a template's {@code moneyView:} block, with the validator's one-line problems. */
final class MoneyQuestionsReader {
  private static final Set<String> FIELDS = Set.of("onByDefault", "asks", "examples", "otherOption");
  private static final Set<String> ASKS = Set.of("livingCost", "equity");
  private static final Set<String> FIGURES =
      Set.of("studyYears", "tuition", "stipend", "salary", "raise", "living", "equity");
  /** A figure as a person types it: a number, or a range low-high. */
  private static final Pattern FIGURE =
      Pattern.compile("-?\\d+(\\.\\d+)?(-\\d+(\\.\\d+)?)?");
  private final TemplateValidator validator;

  MoneyQuestionsReader(TemplateValidator validator) {
    this.validator = validator;
  }

  MoneyQuestions read(JsonNode node, String path) {
    validator.object(node, path, FIELDS);
    boolean on = validator.optionalBoolean(node, path, "onByDefault");
    Set<String> asks = new HashSet<>();
    if (node.has("asks")) {
      JsonNode list = node.get("asks");
      validator.array(list, path + ".asks", 0, ASKS.size());
      for (int i = 0; i < list.size(); i++) {
        String ask = list.get(i).asText();
        if (!list.get(i).isTextual() || !ASKS.contains(ask)) {
          throw validator.problem(path + ".asks[" + i + "]",
              Message.of("questions.problem.moneyAsk", String.join(", ", ASKS)));
        }
        asks.add(ask);
      }
    }
    Map<String, MoneyQuestions.Example> examples = new LinkedHashMap<>();
    if (node.has("examples")) {
      JsonNode byOption = node.get("examples");
      validator.object(byOption, path + ".examples", anyKey(byOption));
      for (var names = byOption.fieldNames(); names.hasNext(); ) {
        String option = names.next();
        examples.put(option, example(byOption.get(option), path + ".examples." + option));
      }
    }
    MoneyQuestions.Example other = node.has("otherOption")
        ? example(node.get("otherOption"), path + ".otherOption")
        : MoneyQuestions.Example.NONE;
    return new MoneyQuestions(true, on, asks.contains("livingCost"),
        asks.contains("equity"), examples, other);
  }

  private static Set<String> anyKey(JsonNode node) {
    Set<String> keys = new HashSet<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  private MoneyQuestions.Example example(JsonNode node, String path) {
    validator.object(node, path, FIGURES);
    MoneyQuestions.Example none = MoneyQuestions.Example.NONE;
    return new MoneyQuestions.Example(
        figure(node, path, "studyYears", none.studyYears()),
        figure(node, path, "tuition", none.tuition()),
        figure(node, path, "stipend", none.stipend()),
        figure(node, path, "salary", none.salary()),
        figure(node, path, "raise", none.raise()),
        figure(node, path, "living", none.living()),
        figure(node, path, "equity", none.equity()));
  }

  private String figure(JsonNode parent, String path, String field, String absent) {
    JsonNode node = parent.get(field);
    if (node == null) {
      return absent;
    }
    String text = node.isNumber() ? node.numberValue().toString().replaceAll("\\.0$", "")
        : node.asText();
    if (!(node.isNumber() || node.isTextual()) || !FIGURE.matcher(text).matches()) {
      throw validator.problem(path + "." + field, Message.of("questions.problem.moneyFigure"));
    }
    return text;
  }
}
