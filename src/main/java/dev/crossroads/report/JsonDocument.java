package dev.crossroads.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One JSON document for scripts, written the way every {@code --format json} output is: an object
 * that opens with the contract's {@code format} and the {@code title}, pretty-printed, every text
 * escaped so that it stays text on a terminal ({@link JsonEscapes}), ended by a newline. The
 * small field shapes the contracts share (a list of texts, an id that may be absent, an enum's
 * name) are written here too, so they read the same in every document.
 */
final class JsonDocument {
  /** The fields of the document after its format and title. */
  interface Body {
    void write(JsonGenerator json) throws IOException;
  }

  /** The fields of one item's object in an array. */
  interface Fields<T> {
    void write(T item) throws IOException;
  }

  private JsonDocument() {}

  static String write(String format, String title, Body body) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
      json.setCharacterEscapes(new JsonEscapes());
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("format", format);
      json.writeStringField("title", title);
      body.write(json);
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  /** {@code field} as an array of one object per item, its fields written by {@code fields}. */
  static <T> void objects(JsonGenerator json, String field, List<T> items, Fields<T> fields)
      throws IOException {
    json.writeArrayFieldStart(field);
    for (T item : items) {
      json.writeStartObject();
      fields.write(item);
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  /** {@code field} as an array of {@code texts}. */
  static void texts(JsonGenerator json, String field, List<String> texts) throws IOException {
    json.writeArrayFieldStart(field);
    for (String text : texts) {
      json.writeString(text);
    }
    json.writeEndArray();
  }

  /** {@code field} as the value, or null when there is none. */
  static void optional(JsonGenerator json, String field, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      json.writeStringField(field, value.get());
    } else {
      json.writeNullField(field);
    }
  }

  /** {@code field} as {@code id}, or null when the id is empty (no option, say). */
  static void id(JsonGenerator json, String field, String id) throws IOException {
    optional(json, field, id.isEmpty() ? Optional.empty() : Optional.of(id));
  }

  /** An enum constant as the contracts name it: {@code NEW_WINNER} is "new_winner". */
  static String name(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
