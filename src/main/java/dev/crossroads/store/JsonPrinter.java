package dev.crossroads.store;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import dev.crossroads.TerminalText;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Prints a JSON tree for people to read and diff: two-space indent, fields in tree order, plain
 * numbers, and small leaf objects (an option, a range, a row of ratings) kept on one line when
 * they fit in {@value #WIDTH} columns.
 */
final class JsonPrinter {
  static final int WIDTH = 100;

  private JsonPrinter() {}

  static String print(JsonNode root) {
    StringBuilder out = new StringBuilder();
    multiLine(root, 0, out);
    return out.append('\n').toString();
  }

  private static void value(JsonNode node, int indent, int used, StringBuilder out) {
    if (node.isContainerNode() && node.size() > 0) {
      String inline = inlineable(node) ? inline(node) : null;
      if (inline != null && used + inline.length() <= WIDTH) {
        out.append(inline);
      } else {
        multiLine(node, indent, out);
      }
    } else {
      out.append(inline(node));
    }
  }

  private static void multiLine(JsonNode node, int indent, StringBuilder out) {
    String pad = " ".repeat(indent + 2);
    boolean object = node.isObject();
    out.append(object ? '{' : '[');
    if (object) {
      Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        String key = quote(e.getKey()) + ": ";
        out.append('\n').append(pad).append(key);
        value(e.getValue(), indent + 2, indent + 2 + key.length() + 1, out);
        out.append(it.hasNext() ? "," : "");
      }
    } else {
      for (int i = 0; i < node.size(); i++) {
        out.append('\n').append(pad);
        value(node.get(i), indent + 2, indent + 3, out);
        out.append(i + 1 < node.size() ? "," : "");
      }
    }
    out.append('\n').append(" ".repeat(indent)).append(object ? '}' : ']');
  }

  /** Lists of scalars, and objects holding scalars or such small containers, may share a line. */
  private static boolean inlineable(JsonNode node) {
    for (JsonNode child : node) {
      if (child.isContainerNode() && (node.isArray() || !allScalar(child))) {
        return false;
      }
    }
    return true;
  }

  private static boolean allScalar(JsonNode node) {
    for (JsonNode child : node) {
      if (child.isContainerNode()) {
        return false;
      }
    }
    return true;
  }

  private static String inline(JsonNode node) {
    if (node.isObject()) {
      StringBuilder out = new StringBuilder("{");
      Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        out.append(quote(e.getKey())).append(": ").append(inline(e.getValue()));
        out.append(it.hasNext() ? ", " : "");
      }
      return out.append('}').toString();
    }
    if (node.isArray()) {
      StringBuilder out = new StringBuilder("[");
      for (int i = 0; i < node.size(); i++) {
        out.append(i > 0 ? ", " : "").append(inline(node.get(i)));
      }
      return out.append(']').toString();
    }
    if (node.isTextual()) {
      return quote(node.textValue());
    }
    if (node.isFloatingPointNumber()) {
      return PlainNumber.format(node.doubleValue());
    }
    // Not node.toString(): that starts up a whole ObjectMapper.
    return node.isIntegralNumber() ? node.bigIntegerValue().toString() : node.asText();
  }

  /**
   * A JSON string. Jackson's encoder escapes C0 controls; DEL, C1 and the bidirectional controls
   * are escaped here as well, so a shared profile shown with {@code cat} or exported to a
   * terminal cannot drive it, while the string it means stays exactly what the person wrote.
   */
  private static String quote(String text) {
    String quoted = new String(JsonStringEncoder.getInstance().quoteAsString(text));
    if (TerminalText.firstControl(quoted).isEmpty()) {
      return '"' + quoted + '"';
    }
    StringBuilder out = new StringBuilder(quoted.length() + 16).append('"');
    for (int i = 0; i < quoted.length(); i++) {
      char c = quoted.charAt(i);
      if (TerminalText.isControl(c)) {
        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
