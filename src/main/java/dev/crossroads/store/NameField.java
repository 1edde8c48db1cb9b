package dev.crossroads.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crossroads.input.InputKind;
import dev.crossroads.input.ParserLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The profile's own name, kept in the file as the optional top-level field {@code "name"}, second
 * after {@code "schemaVersion"}: file names are ASCII ({@link FileStem}), so the name people typed
 * lives here. The profile reader ignores the field; only the store reads it.
 */
final class NameField {
  static final String FIELD = "name";
  private static final JsonFactory FACTORY = ParserLimits.json(InputKind.PROFILE);

  private NameField() {}

  /**
   * The name written in {@code file}, if it has one. Reads only as far as the field, so a file
   * damaged further down still says whose it is; anything unreadable is simply no name.
   */
  static Optional<String> read(Path file) {
    try {
      if (Files.size(file) > InputKind.PROFILE.maxBytes()) {
        return Optional.empty(); // not a profile anyone could open; its file name stands for it
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    try (InputStream in = Files.newInputStream(file);
        JsonParser parser = FACTORY.createParser(in)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (FIELD.equals(field)) {
          return value == JsonToken.VALUE_STRING ? Optional.of(parser.getText()) : Optional.empty();
        }
        parser.skipChildren();
      }
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** {@code root} with {@code name} as its second field, after {@code "schemaVersion"}. */
  static ObjectNode withName(ObjectNode root, String name) {
    ObjectNode named = JsonNodeFactory.instance.objectNode();
    JsonNode version = root.get(SchemaMigration.VERSION_FIELD);
    if (version != null) {
      named.set(SchemaMigration.VERSION_FIELD, version);
    }
    named.put(FIELD, name);
    for (Map.Entry<String, JsonNode> field : root.properties()) {
      if (!field.getKey().equals(FIELD) && !field.getKey().equals(SchemaMigration.VERSION_FIELD)) {
        named.set(field.getKey(), field.getValue());
      }
    }
    return named;
  }

  /**
   * The profile text {@code json} with its name changed and nothing else: for a rename, which
   * must keep an older format, or fields this version does not know, as they are.
   *
   * @return empty when the text is not a JSON object
   */
  static Optional<byte[]> renamed(String json, String name) {
    try {
      String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
      if (!(LocatedJson.parse(text).root() instanceof ObjectNode root)) {
        return Optional.empty();
      }
      return Optional.of(JsonPrinter.print(withName(root, name)).getBytes(StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
