package dev.crossroads.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Every text a person reads, as the tests of the Korean voice need it: each message bundle
 * with its Korean sibling, and each en/ko pair of the question bank and the dated facts.
 */
final class Bundles {
  static final Path RESOURCES = Path.of("src/main/resources/dev/crossroads");
  static final Path QUESTIONS = Path.of("questions");

  /** One text, with where it lives for failure messages. */
  record Text(String where, String english, String korean) {}

  private Bundles() {}

  /** The English bundles (messages.properties, help.properties) under the resources. */
  static List<Path> english() throws IOException {
    try (Stream<Path> files = Files.walk(RESOURCES)) {
      return files.filter(p -> p.toString().endsWith(".properties"))
          .filter(p -> !p.getFileName().toString().contains("_"))
          .sorted().toList();
    }
  }

  static Path korean(Path english) {
    return english.resolveSibling(english.getFileName().toString().replace(".properties", "_ko.properties"));
  }

  static Map<String, String> load(Path file) throws IOException {
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(in);
    }
    Map<String, String> out = new LinkedHashMap<>();
    properties.stringPropertyNames().stream().sorted().forEach(k -> out.put(k, properties.getProperty(k)));
    return out;
  }

  /** Every key of every bundle, English beside Korean (null where the Korean is missing). */
  static List<Text> messages() throws IOException {
    List<Text> out = new ArrayList<>();
    for (Path english : english()) {
      Map<String, String> ko = Files.exists(korean(english)) ? load(korean(english)) : Map.of();
      for (Map.Entry<String, String> e : load(english).entrySet()) {
        out.add(new Text(RESOURCES.relativize(english) + " " + e.getKey(), e.getValue(), ko.get(e.getKey())));
      }
    }
    return out;
  }

  /** Every en/ko pair of the question bank's templates and the dated facts. */
  static List<Text> questionBank() throws IOException {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    List<Text> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(QUESTIONS)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        collect(yaml.readTree(file.toFile()), file.toString(), out);
      }
    }
    return out;
  }

  private static void collect(JsonNode node, String where, List<Text> out) {
    if (node.isObject() && node.has("en") && node.has("ko")) {
      out.add(new Text(where, node.get("en").asText(), node.get("ko").asText()));
      return;
    }
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        collect(field.getValue(), where + "/" + field.getKey(), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        JsonNode item = node.get(i);
        collect(item, where + "/" + (item.has("id") ? item.get("id").asText() : String.valueOf(i)), out);
      }
    }
  }

  /** Every Korean text a person may read: the Korean bundles and the question bank. */
  static List<Text> allKorean() throws IOException {
    List<Text> out = new ArrayList<>(messages().stream().filter(t -> t.korean() != null).toList());
    out.addAll(questionBank());
    return out;
  }
}
