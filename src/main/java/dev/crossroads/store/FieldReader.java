package dev.crossroads.store;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossroads.Message;
import dev.crossroads.Quote;
import dev.crossroads.decision.Limits;
import java.util.Arrays;
import java.util.Iterator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads typed values out of a {@link LocatedJson} document and records a located problem, instead
 * of failing, whenever a value is missing or of the wrong type, so that one pass finds them all.
 * Every number and text it hands out is within {@link Limits}; a list or table longer than a
 * profile can hold stops the reading at once ({@link #atMost}).
 */
final class FieldReader {
  /**
   * Problems kept with their text; past this only counted. A 4 MB file can hold a hundred
   * thousand mistakes, and the message shows ten.
   */
  static final int KEPT_PROBLEMS = 1000;

  /** A value in the document with its JSON Pointer. */
  record Node(String pointer, JsonNode json) {}

  private final LocatedJson doc;
  private final String source;
  private final List<ProfileProblem> problems = new ArrayList<>();
  private int problemCount;

  FieldReader(LocatedJson doc, String source) {
    this.doc = doc;
    this.source = source;
    for (LocatedJson.Duplicate d : doc.duplicateFields()) {
      add(d.at(), "store.duplicateField", d.name());
    }
  }

  Node root() {
    return new Node("", doc.root());
  }

  /** The problems found so far, at most {@value #KEPT_PROBLEMS} of them. */
  List<ProfileProblem> problems() {
    return problems;
  }

  /** How many problems were found, kept or not. */
  int problemCount() {
    return problemCount;
  }

  String source() {
    return source;
  }

  SourceLocation valueAt(Node node) {
    return doc.valueAt(node.pointer());
  }

  /** Reports a problem with a value, pointing at its start. */
  void atValue(Node node, String key, Object... args) {
    add(doc.valueAt(node.pointer()), key, args);
  }

  /** Reports a problem with an object member's name (an unknown id used as a key). */
  void atName(Node node, String key, Object... args) {
    add(doc.nameAt(node.pointer()), key, args);
  }

  /**
   * A list of what the profile declares (ids, field names) for a message, shown whole: it is
   * bounded by the limits, and cutting it would hide the choice the person is looking for.
   */
  static Message list(String joined) {
    return Message.of("store.list", joined);
  }

  private void add(SourceLocation at, String key, Object... args) {
    problemCount++;
    if (problems.size() < KEPT_PROBLEMS) {
      // A text a problem quotes came from the file, where an id can be a megabyte long: at most
      // 80 characters of it are shown. Lists (a nested message) are the profile's own, whole.
      Object[] shown = Arrays.stream(args).map(Quote::cutIfText).toArray();
      problems.add(new ProfileProblem(source, at, Message.of(key, shown)));
    }
  }

  /**
   * Stops reading when a list or table holds more than {@code max} entries, pointing at the first
   * one too many: a file with 100,000 options is not a decision anyone could weigh, and reading
   * all of it would only cost time.
   *
   * @throws ProfileFormatException with that one problem
   */
  void atMost(Node container, int max) {
    JsonNode json = container.json();
    if (!(json.isArray() || json.isObject()) || json.size() <= max) {
      return;
    }
    SourceLocation at;
    if (json.isArray()) {
      at = doc.valueAt(LocatedJson.child(container.pointer(), max));
    } else {
      Iterator<String> names = json.fieldNames();
      for (int i = 0; i < max; i++) {
        names.next();
      }
      at = doc.nameAt(LocatedJson.child(container.pointer(), names.next()));
    }
    Message tooMany =
        Message.of(
            "store.tooMany",
            Quote.cut(path(container)),
            String.format(java.util.Locale.ROOT, "%,d", json.size()),
            String.valueOf(max));
    throw new ProfileFormatException(List.of(new ProfileProblem(source, at, tooMany)));
  }

  Optional<Node> field(Node object, String name, boolean required) {
    JsonNode value = object.json().get(name);
    if (value == null) {
      if (required) {
        atValue(object, "store.missingField", name, where(object));
      }
      return Optional.empty();
    }
    return Optional.of(new Node(LocatedJson.child(object.pointer(), name), value));
  }

  Optional<String> text(Node object, String name, boolean required) {
    return field(object, name, required).flatMap(this::text);
  }

  /** A text of at most {@code max} characters (code points), such as a label. */
  Optional<String> text(Node object, String name, boolean required, int max) {
    return field(object, name, required).flatMap(node -> text(node, max));
  }

  /** The text at {@code node} if it is at most {@code max} characters (code points) long. */
  Optional<String> text(Node node, int max) {
    if (!expect(node, node.json().isTextual(), "store.type.text")) {
      return Optional.empty();
    }
    String text = node.json().textValue();
    if (Limits.length(text) > max) {
      atValue(node, "store.tooLong", path(node), String.valueOf(Limits.length(text)),
          String.valueOf(max));
      return Optional.empty();
    }
    return Optional.of(text);
  }

  /** A date written YYYY-MM-DD, reported with the field's name when it is not one. */
  Optional<LocalDate> date(Node object, String name, boolean required) {
    Optional<Node> node = field(object, name, required);
    Optional<String> text = node.flatMap(this::text);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text.get()));
    } catch (DateTimeParseException e) {
      atValue(node.get(), "store.badDate", name, text.get());
      return Optional.empty();
    }
  }

  OptionalDouble number(Node object, String name, boolean required) {
    Optional<Node> node = field(object, name, required);
    return node.isPresent() ? number(node.get()) : OptionalDouble.empty();
  }

  Optional<Node> object(Node object, String name, boolean required) {
    return field(object, name, required).flatMap(this::object);
  }

  Optional<List<Node>> array(Node object, String name, boolean required) {
    return field(object, name, required).flatMap(this::array);
  }

  /** The items of the list {@code name}, which may hold {@code max} at the most ({@link #atMost}). */
  Optional<List<Node>> array(Node object, String name, boolean required, int max) {
    return field(object, name, required).flatMap(node -> array(node, max));
  }

  /** The items of a list that may hold {@code max} at the most ({@link #atMost}). */
  Optional<List<Node>> array(Node node, int max) {
    Optional<List<Node>> items = array(node);
    if (items.isPresent()) {
      atMost(node, max);
    }
    return items;
  }

  /** Any text, a description or reflection at the longest ({@link Limits#MAX_TEXT}). */
  Optional<String> text(Node node) {
    return text(node, Limits.MAX_TEXT);
  }

  OptionalDouble number(Node node) {
    if (!expect(node, node.json().isNumber(), "store.type.number")) {
      return OptionalDouble.empty();
    }
    double value = node.json().doubleValue();
    if (!Limits.inRange(value)) {
      // Past 10^15 a sum of weights or a span of ratings could overflow, or lose every digit.
      atValue(node, "store.tooLarge", path(node));
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(value);
  }

  Optional<Node> object(Node node) {
    return expect(node, node.json().isObject(), "store.type.object") ? Optional.of(node) : Optional.empty();
  }

  Optional<List<Node>> array(Node node) {
    if (!expect(node, node.json().isArray(), "store.type.array")) {
      return Optional.empty();
    }
    List<Node> items = new ArrayList<>();
    for (int i = 0; i < node.json().size(); i++) {
      items.add(new Node(LocatedJson.child(node.pointer(), i), node.json().get(i)));
    }
    return Optional.of(items);
  }

  /** The members of an object node, in document order. */
  Map<String, Node> members(Node object) {
    Map<String, Node> members = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : object.json().properties()) {
      members.put(e.getKey(), new Node(LocatedJson.child(object.pointer(), e.getKey()), e.getValue()));
    }
    return members;
  }

  /** Reports every member whose name is not in {@code allowed}; catches typos such as "likley". */
  void allowOnly(Node object, Set<String> allowed) {
    members(object).forEach(
        (name, node) -> {
          if (!allowed.contains(name)) {
            atName(node, "store.unknownField", name, where(object), list(String.join(", ", allowed)));
          }
        });
  }

  private boolean expect(Node node, boolean ok, String typeKey) {
    if (!ok) {
      atValue(node, "store.wrongType", where(node), Message.of(typeKey), Message.of(typeOf(node.json())));
    }
    return ok;
  }

  private static String typeOf(JsonNode json) {
    if (json.isObject()) {
      return "store.type.object";
    }
    if (json.isArray()) {
      return "store.type.array";
    }
    if (json.isTextual()) {
      return "store.type.text";
    }
    if (json.isNumber()) {
      return "store.type.number";
    }
    if (json.isBoolean()) {
      return "store.type.boolean";
    }
    return "store.type.null";
  }

  /** The object's path for a message, or "the document" for the top level. */
  Object where(Node object) {
    return object.pointer().isEmpty() ? Message.of("store.theDocument") : path(object);
  }

  /** A JSON Pointer as people read paths: {@code /criteria/1/scale} becomes {@code criteria[1].scale}. */
  String path(Node node) {
    if (node.pointer().isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    JsonNode at = doc.root();
    for (String part : node.pointer().substring(1).split("/", -1)) {
      String name = part.replace("~1", "/").replace("~0", "~");
      if (at != null && at.isArray()) {
        out.append('[').append(name).append(']');
        at = at.get(Integer.parseInt(name));
      } else {
        out.append(out.length() == 0 ? "" : ".").append(name);
        at = at == null ? null : at.get(name);
      }
    }
    return out.toString();
  }
}
