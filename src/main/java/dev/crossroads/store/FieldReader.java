package dev.crossroads.store;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossroads.Message;
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
 */
final class FieldReader {
  /** A value in the document with its JSON Pointer. */
  record Node(String pointer, JsonNode json) {}

  private final LocatedJson doc;
  private final String source;
  private final List<ProfileProblem> problems = new ArrayList<>();

  FieldReader(LocatedJson doc, String source) {
    this.doc = doc;
    this.source = source;
    for (LocatedJson.Duplicate d : doc.duplicateFields()) {
      problems.add(new ProfileProblem(source, d.at(), Message.of("store.duplicateField", d.name())));
    }
  }

  Node root() {
    return new Node("", doc.root());
  }

  List<ProfileProblem> problems() {
    return problems;
  }

  String source() {
    return source;
  }

  SourceLocation valueAt(Node node) {
    return doc.valueAt(node.pointer());
  }

  /** Reports a problem with a value, pointing at its start. */
  void atValue(Node node, String key, Object... args) {
    problems.add(new ProfileProblem(source, doc.valueAt(node.pointer()), Message.of(key, args)));
  }

  /** Reports a problem with an object member's name (an unknown id used as a key). */
  void atName(Node node, String key, Object... args) {
    problems.add(new ProfileProblem(source, doc.nameAt(node.pointer()), Message.of(key, args)));
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

  Optional<String> text(Node node) {
    return expect(node, node.json().isTextual(), "store.type.text") ? Optional.of(node.json().textValue()) : Optional.empty();
  }

  OptionalDouble number(Node node) {
    if (!expect(node, node.json().isNumber(), "store.type.number")) {
      return OptionalDouble.empty();
    }
    double value = node.json().doubleValue();
    if (!Double.isFinite(value)) {
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
            atName(node, "store.unknownField", name, where(object), String.join(", ", allowed));
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
