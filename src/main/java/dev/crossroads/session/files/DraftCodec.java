package dev.crossroads.session.files;

import dev.crossroads.session.state.Answer;
import dev.crossroads.session.state.EditOrigin;
import dev.crossroads.session.state.SessionState;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crossroads.Problem;
import dev.crossroads.Message;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A session state as JSON: {@code {"version":1,"language":..,"cursor":..,"reviewing":..,
 * "typing":..,"answers":{id: "text" | ["item", ...]}}}, and for an edit
 * {@code "edit":{"profile":NAME,"fingerprint":..,"snapshot":"the profile's JSON"}}. Written with the streaming generator,
 * which is cheap to load between two questions.
 */
public final class DraftCodec {
  static final int VERSION = 1;
  private static final JsonFactory FACTORY = new JsonFactory();

  private DraftCodec() {}

  public static void write(SessionState state, OutputStream out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeNumberField("version", VERSION);
      g.writeStringField("language", state.language());
      g.writeStringField("cursor", state.cursor());
      g.writeBooleanField("reviewing", state.reviewing());
      g.writeStringField("typing", state.typing());
      if (state.origin().isPresent()) {
        g.writeObjectFieldStart("edit");
        g.writeStringField("profile", state.origin().get().name());
        g.writeStringField("fingerprint", state.origin().get().fingerprint());
        g.writeStringField("snapshot", state.origin().get().snapshot());
        g.writeEndObject();
      }
      g.writeObjectFieldStart("answers");
      for (Map.Entry<String, Answer> e : state.answers().entrySet()) {
        if (e.getValue() instanceof Answer.Text t) {
          g.writeStringField(e.getKey(), t.value());
        } else {
          g.writeArrayFieldStart(e.getKey());
          for (String v : ((Answer.Items) e.getValue()).values()) {
            g.writeString(v);
          }
          g.writeEndArray();
        }
      }
      g.writeEndObject();
      g.writeEndObject();
    }
  }

  public static SessionState read(byte[] json, String where) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json);
    } catch (IOException e) {
      throw new Problem(Problem.Kind.BAD_DATA, Message.of("session.draft.unreadable", where), e);
    }
    if (root == null || !root.isObject() || root.path("version").asInt() != VERSION
        || !root.path("answers").isObject()) {
      throw new Problem(Problem.Kind.BAD_DATA, Message.of("session.draft.unreadable", where));
    }
    Map<String, Answer> answers = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = root.path("answers").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getValue().isArray()) {
        List<String> items = new ArrayList<>();
        e.getValue().forEach(n -> items.add(n.asText()));
        answers.put(e.getKey(), Answer.items(items));
      } else {
        answers.put(e.getKey(), Answer.text(e.getValue().asText()));
      }
    }
    return new SessionState(
        root.path("language").asText("en"),
        answers,
        root.path("cursor").asText(""),
        root.path("reviewing").asBoolean(false),
        root.path("typing").asText(""),
        origin(root.path("edit"), where));
  }

  private static Optional<EditOrigin> origin(JsonNode edit, String where) {
    if (edit.isMissingNode()) {
      return Optional.empty();
    }
    if (!edit.path("profile").isTextual() || !edit.path("fingerprint").isTextual()
        || !edit.path("snapshot").isTextual()) {
      throw new Problem(Problem.Kind.BAD_DATA, Message.of("session.draft.unreadable", where));
    }
    return Optional.of(new EditOrigin(edit.path("profile").asText(),
        edit.path("fingerprint").asText(), edit.path("snapshot").asText()));
  }
}
