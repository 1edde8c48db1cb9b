package dev.crossroads.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON document as Jackson's tree plus where each value and each field name starts, keyed by
 * JSON Pointer ({@code /ratings/masters/growth}). Jackson's own tree forgets locations, so this
 * builds the tree from the parser's tokens. A field repeated in one object keeps its first value
 * and is listed in {@link #duplicateFields()}.
 */
final class LocatedJson {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Map<String, SourceLocation> values = new HashMap<>();
  private final Map<String, SourceLocation> names = new HashMap<>();
  private final List<Duplicate> duplicates = new ArrayList<>();
  private final JsonNode root;

  private LocatedJson(JsonParser parser) throws IOException {
    if (parser.nextToken() == null) {
      throw new EmptyDocument();
    }
    root = value(parser, "");
    if (parser.nextToken() != null) {
      throw new TrailingContent(location(parser.currentTokenLocation()));
    }
  }

  /** Parses {@code text}; Jackson's {@link com.fasterxml.jackson.core.JsonProcessingException} on bad syntax. */
  static LocatedJson parse(String text) throws IOException {
    try (JsonParser parser = FACTORY.createParser(text)) {
      return new LocatedJson(parser);
    }
  }

  JsonNode root() {
    return root;
  }

  /** Where the value at {@code pointer} starts; the document's start when unknown. */
  SourceLocation valueAt(String pointer) {
    return values.getOrDefault(pointer, new SourceLocation(1, 1));
  }

  /** Where the field name of the member at {@code pointer} starts, else where its value does. */
  SourceLocation nameAt(String pointer) {
    SourceLocation name = names.get(pointer);
    return name != null ? name : valueAt(pointer);
  }

  /** Fields that appeared a second time in their object, in document order. */
  List<Duplicate> duplicateFields() {
    return duplicates;
  }

  static String child(String pointer, String name) {
    return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  static String child(String pointer, int index) {
    return pointer + "/" + index;
  }

  private JsonNode value(JsonParser parser, String pointer) throws IOException {
    values.put(pointer, location(parser.currentTokenLocation()));
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT:
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          String path = child(pointer, name);
          SourceLocation nameLocation = location(parser.currentTokenLocation());
          parser.nextToken();
          if (object.has(name)) {
            // Keep the first value; the repeat is reported, not used.
            duplicates.add(new Duplicate(name, nameLocation));
            parser.skipChildren();
            continue;
          }
          names.put(path, nameLocation);
          object.set(name, value(parser, path));
        }
        return object;
      case START_ARRAY:
        ArrayNode array = NODES.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(value(parser, child(pointer, array.size())));
        }
        return array;
      case VALUE_STRING:
        return NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT:
        return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
            ? NODES.numberNode(parser.getBigIntegerValue())
            : NODES.numberNode(parser.getLongValue());
      case VALUE_NUMBER_FLOAT:
        return NODES.numberNode(parser.getDoubleValue());
      case VALUE_TRUE:
      case VALUE_FALSE:
        return NODES.booleanNode(parser.getBooleanValue());
      default:
        return NODES.nullNode();
    }
  }

  private static SourceLocation location(JsonLocation at) {
    return new SourceLocation(at.getLineNr(), at.getColumnNr());
  }

  /** A field name repeated within one object, and where the repeat starts. */
  record Duplicate(String name, SourceLocation at) {}

  /** The text holds no JSON value at all (empty or only whitespace). */
  static final class EmptyDocument extends IOException {
    EmptyDocument() {
      super("empty document");
    }
  }

  /** Something follows the document's single top-level value. */
  static final class TrailingContent extends IOException {
    private final transient SourceLocation at;

    TrailingContent(SourceLocation at) {
      super("content after the document");
      this.at = at;
    }

    SourceLocation at() {
      return at;
    }
  }
}
