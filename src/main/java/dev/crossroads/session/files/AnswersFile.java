package dev.crossroads.session.files;

import dev.crossroads.session.ask.Numbers;
import dev.crossroads.session.state.Answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.crossroads.ExitCode;
import dev.crossroads.Failure;
import dev.crossroads.Message;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Answers files: YAML or JSON mapping question ids to answers. Nested maps are read as dotted
 * ids ({@code rating: {masters: {growth: 7}}} is {@code rating.masters.growth: 7}); lists are
 * list answers; numbers and booleans are read as the text they would be typed as.
 */
public final class AnswersFile {
  private AnswersFile() {}

  public static Map<String, Answer> read(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new Failure(ExitCode.NO_INPUT,
          Message.of("session.input.unreadable", file, e.getMessage().lines().findFirst()
              .orElse("")), e);
    }
    if (root == null || !root.isObject()) {
      throw new Failure(ExitCode.DATA, Message.of("session.input.shape", file));
    }
    Map<String, Answer> out = new LinkedHashMap<>();
    flatten("", root, out);
    return out;
  }

  private static void flatten(String prefix, JsonNode node, Map<String, Answer> out) {
    Iterator<Map.Entry<String, JsonNode>> it = node.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
      JsonNode v = e.getValue();
      if (v.isObject()) {
        flatten(key, v, out);
      } else if (v.isArray()) {
        List<String> items = new ArrayList<>();
        v.forEach(x -> items.add(text(x)));
        out.put(key, Answer.items(items));
      } else {
        out.put(key, Answer.text(text(v)));
      }
    }
  }

  private static String text(JsonNode v) {
    if (v.isNull() || v.isMissingNode()) {
      return "";
    }
    if (v.isBoolean()) {
      return v.asBoolean() ? "yes" : "no";
    }
    if (v.isNumber()) {
      return Numbers.format(v.asDouble());
    }
    return v.asText();
  }

  /** Writes {@code answers} (in order) as YAML, or JSON when the file name ends in ".json". */
  public static void write(Path file, Map<String, Answer> answers) {
    boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    ObjectMapper mapper = json ? new ObjectMapper()
        : new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build());
    ObjectNode root = mapper.createObjectNode();
    answers.forEach((id, a) -> {
      if (a instanceof Answer.Text t) {
        root.put(id, t.value());
      } else {
        ArrayNode arr = root.putArray(id);
        ((Answer.Items) a).values().forEach(arr::add);
      }
    });
    Path dir = file.toAbsolutePath().getParent();
    try {
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, ".answers-", ".tmp");
      try {
        Files.write(tmp, json ? mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(root)
            : mapper.writeValueAsBytes(root));
        try {
          Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING,
              StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new Failure(ExitCode.CANT_CREATE, Message.of("session.draft.cannotWrite", file), e);
    }
  }
}
