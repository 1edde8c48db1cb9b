package dev.crossroads.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crossroads.input.InputKind;
import dev.crossroads.input.ParserLimits;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON document as Jackson's tree plus where each value and each field name starts, keyed by
 * JSON Pointer ({@code /ratings/masters/growth}). Jackson's own tree forgets locations, so this
 * builds the tree from the parser's tokens. A field repeated in one object keeps its first value
 * and is listed in {@link #duplicateFields()}. No list or object may hold more than {@value
 * #MAX_ENTRIES} entries ({@link TooManyEntries}): the readers refuse far fewer where they know
 * the place (50 options), and this keeps a file of 100,000 of them from being built at all.
 */
final class LocatedJson {
  /** More than the longest list a profile can hold: 1,770 pairwise judgements of 60 criteria. */
  static final int MAX_ENTRIES = 2_000;

  private static final JsonFactory FACTORY = ParserLimits.json(InputKind.PROFILE);
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

  /**
   * Parses {@code text}; Jackson's {@link com.fasterxml.jackson.core.JsonProcessingException} on
   * bad syntax or past a limit of {@link ParserLimits}, with where the parser stopped.
   */
  static LocatedJson parse(String text) throws IOException {
    try (JsonParser parser = FACTORY.createParser(text)) {
      try {
        return new LocatedJson(parser);
      } catch (StreamConstraintsException e) {
        // Jackson says which limit, not where; the parser still knows.
        throw new StreamConstraintsException(e.getOriginalMessage(), parser.currentTokenLocation());
      }
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
        int members = 0;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          String path = child(pointer, name);
          SourceLocation nameLocation = location(parser.currentTokenLocation());
          if (++members > MAX_ENTRIES) {
            throw new TooManyEntries(pointer, nameLocation);
          }
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
          if (array.size() == MAX_ENTRIES) {
            throw new TooManyEntries(pointer, location(parser.currentTokenLocation()));
          }
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

  /** A list or object with more than {@value #MAX_ENTRIES} entries; {@link #at} is the first too many. */
  static final class TooManyEntries extends IOException {
    private final String pointer;
    private final transient SourceLocation at;

    TooManyEntries(String pointer, SourceLocation at) {
      super("more than " + MAX_ENTRIES + " entries in " + pointer);
      this.pointer = pointer;
      this.at = at;
    }

    SourceLocation at() {
      return at;
    }

    /** The list or object as people read paths ({@code ratings.masters}, {@code options}). */
    String path() {
      if (pointer.isEmpty()) {
        return "";
      }
      StringBuilder out = new StringBuilder();
      for (String part : pointer.substring(1).split("/", -1)) {
        String name = part.replace("~1", "/").replace("~0", "~");
        if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
          out.append('[').append(name).append(']');
        } else {
          out.append(out.length() == 0 ? "" : ".").append(name);
        }
      }
      return out.toString();
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
