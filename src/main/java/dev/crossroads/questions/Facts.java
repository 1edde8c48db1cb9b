package dev.crossroads.questions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.crossroads.Problem;
import dev.crossroads.Message;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The dated facts of {@code questions/facts/*.yaml} (format: that folder's README). Loading checks
 * every field and fails on the first problem with one line naming the file and the field, since a
 * wrong date or a missing translation would mislead more than a missing fact.
 */
public record Facts(List<Fact> all) {
  /** Where the facts live, in the source tree and inside the jar. */
  public static final String FOLDER = "questions/facts";

  static final int FORMAT = 1;

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Set<String> FILE_FIELDS = Set.of("version", "facts");
  private static final Set<String> FACT_FIELDS =
      Set.of("id", "region", "topics", "asOf", "text", "source");
  private static final List<String> LANGUAGES = List.of("en", "ko");

  public Facts {
    all = List.copyOf(all);
  }

  /** The facts shipped with crossroads (inside the jar, or questions/facts/ when run from classes). */
  public static Facts builtIn() {
    URL folder = Facts.class.getClassLoader().getResource(FOLDER);
    if (folder == null) {
      return new Facts(List.of());
    }
    try {
      URI uri = folder.toURI();
      if (!"jar".equals(uri.getScheme())) {
        return load(Path.of(uri));
      }
      try (FileSystem jar = newJarFileSystem(uri)) {
        return load(jar.provider().getPath(uri));
      } catch (FileSystemAlreadyExistsException e) {
        return load(FileSystems.getFileSystem(uri).provider().getPath(uri));
      }
    } catch (URISyntaxException | IOException e) {
      throw new Problem(Problem.Kind.INTERNAL,
          Message.of("facts.unreadable", FOLDER, String.valueOf(e.getMessage())), e);
    }
  }

  private static FileSystem newJarFileSystem(URI uri) throws IOException {
    return FileSystems.newFileSystem(uri, Map.of());
  }

  /** Every {@code *.yaml} file in {@code folder}, in file-name order. */
  public static Facts load(Path folder) {
    List<Fact> facts = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing
          .filter(p -> p.getFileName().toString().endsWith(".yaml"))
          .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
          .toList();
    } catch (IOException e) {
      throw new Problem(Problem.Kind.MISSING,
          Message.of("facts.unreadable", folder.toString(), String.valueOf(e.getMessage())), e);
    }
    for (Path file : files) {
      String name = file.getFileName().toString();
      String text;
      try {
        text = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new Problem(Problem.Kind.MISSING,
            Message.of("facts.unreadable", name, String.valueOf(e.getMessage())), e);
      }
      for (Fact fact : parse(text, name)) {
        if (!ids.add(fact.id())) {
          throw problem(name, "facts", Message.of("facts.duplicateId", fact.id()));
        }
        facts.add(fact);
      }
    }
    return new Facts(facts);
  }

  /** The facts in one file's text; {@code fileName} names it in messages. */
  public static List<Fact> parse(String yaml, String fileName) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
      throw new Problem(Problem.Kind.BAD_DATA,
          Message.of("facts.syntax", fileName, line, firstLine(e.getOriginalMessage())), e);
    }
    if (root == null || !root.isObject()) {
      throw problem(fileName, "", Message.of("facts.notMapping"));
    }
    only(fileName, "", root, FILE_FIELDS);
    JsonNode version = required(fileName, "", root, "version");
    if (!version.isInt() || version.intValue() != FORMAT) {
      throw problem(fileName, "version", Message.of("facts.version", version.asText(), FORMAT));
    }
    JsonNode list = required(fileName, "", root, "facts");
    if (!list.isArray()) {
      throw problem(fileName, "facts", Message.of("facts.notList"));
    }
    List<Fact> facts = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      facts.add(fact(fileName, "facts[" + i + "]", list.get(i)));
    }
    return facts;
  }

  /** The facts carrying any of {@code topics}, in loading order. */
  public List<Fact> about(Collection<String> topics) {
    return all.stream().filter(f -> topics.stream().anyMatch(f::hasTopic)).toList();
  }

  private static Fact fact(String file, String at, JsonNode node) {
    if (!node.isObject()) {
      throw problem(file, at, Message.of("facts.notMapping"));
    }
    only(file, at, node, FACT_FIELDS);
    String id = text(file, at, node, "id");
    if (!ID.matcher(id).matches()) {
      throw problem(file, at + ".id", Message.of("facts.badId", id));
    }
    String region = text(file, at, node, "region");
    JsonNode topicsNode = required(file, at, node, "topics");
    if (!topicsNode.isArray() || topicsNode.isEmpty()) {
      throw problem(file, at + ".topics", Message.of("facts.topics"));
    }
    List<String> topics = new ArrayList<>();
    for (int i = 0; i < topicsNode.size(); i++) {
      JsonNode topic = topicsNode.get(i);
      if (!topic.isTextual() || topic.textValue().isBlank()) {
        throw problem(file, at + ".topics[" + i + "]", Message.of("facts.topics"));
      }
      topics.add(topic.textValue());
    }
    String asOfText = text(file, at, node, "asOf");
    LocalDate asOf;
    try {
      asOf = LocalDate.parse(asOfText);
    } catch (DateTimeParseException e) {
      throw problem(file, at + ".asOf", Message.of("facts.badDate", asOfText));
    }
    return new Fact(id, region, topics, asOf, languages(file, at, node, "text"),
        languages(file, at, node, "source"));
  }

  private static Map<String, String> languages(String file, String at, JsonNode fact, String name) {
    JsonNode node = required(file, at, fact, name);
    String here = at + "." + name;
    if (!node.isObject()) {
      throw problem(file, here, Message.of("facts.notMapping"));
    }
    only(file, here, node, Set.copyOf(LANGUAGES));
    Map<String, String> texts = new LinkedHashMap<>();
    for (String language : LANGUAGES) {
      texts.put(language, text(file, here, node, language));
    }
    return texts;
  }

  private static String text(String file, String at, JsonNode object, String name) {
    JsonNode value = required(file, at, object, name);
    String here = at.isEmpty() ? name : at + "." + name;
    // YAML 1.1 reads unquoted dates, yes/no and the like as other types: insist on quoting.
    if (!value.isTextual()) {
      throw problem(file, here, Message.of("facts.notText", value.asText()));
    }
    if (value.textValue().isBlank()) {
      throw problem(file, here, Message.of("facts.blank"));
    }
    return value.textValue().strip();
  }

  private static JsonNode required(String file, String at, JsonNode object, String name) {
    JsonNode value = object.get(name);
    if (value == null || value.isNull()) {
      throw problem(file, at.isEmpty() ? name : at + "." + name, Message.of("facts.missing"));
    }
    return value;
  }

  private static void only(String file, String at, JsonNode object, Set<String> allowed) {
    for (Map.Entry<String, JsonNode> member : object.properties()) {
      if (!allowed.contains(member.getKey())) {
        String here = at.isEmpty() ? member.getKey() : at + "." + member.getKey();
        throw problem(file, here, Message.of("facts.unknownField",
            String.join(", ", allowed.stream().sorted().toList())));
      }
    }
  }

  private static Problem problem(String file, String field, Message what) {
    return new Problem(Problem.Kind.BAD_DATA, Message.of("facts.problem", file, field, what));
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
