package dev.crossroads.store;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crossroads.ExitCode;
import dev.crossroads.Failure;
import dev.crossroads.Message;
import dev.crossroads.decision.Decision;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Profile bytes to a decision: strict UTF-8, JSON, a format version this build can read
 * (migrating older ones), then the codec. A current-format file reaches the codec as its own
 * text, so the codec's line:column errors point into the file the person can open.
 */
public final class ProfileDecoder {
  private final ProfileCodec codec;
  private final SchemaMigration migration;
  // Created on first read: saving needs no JSON parser, and Jackson takes a while to load.
  private ObjectMapper mapper;

  public ProfileDecoder(ProfileCodec codec, SchemaMigration migration) {
    this.codec = codec;
    this.migration = migration;
  }

  /**
   * @param source what to call the bytes in messages (a path)
   * @throws Failure with {@link ExitCode#DATA} when the bytes are not a readable profile
   */
  public Decision decode(byte[] bytes, String source) {
    String text = utf8(bytes, source);
    ObjectNode tree = tree(text, source);
    int version = migration.versionOf(tree, source);
    if (version == migration.current()) {
      return codec.parse(text, source);
    }
    ObjectNode migrated = migration.migrate(tree, source);
    return codec.parse(
        migrated.toPrettyString(),
        source + " (" + SchemaMigration.VERSION_FIELD + " " + version + ")");
  }

  private static String utf8(byte[] bytes, String source) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      // A byte-order mark is harmless; some editors on Windows add one.
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new Failure(ExitCode.DATA, Message.of("profiles.notUtf8", source), e);
    }
  }

  private ObjectMapper mapper() {
    if (mapper == null) {
      mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }
    return mapper;
  }

  private ObjectNode tree(String text, String source) {
    JsonNode node;
    try {
      node = mapper().readTree(text);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      int line = at == null ? 1 : Math.max(1, at.getLineNr());
      int column = at == null ? 1 : Math.max(1, at.getColumnNr());
      throw new Failure(
          ExitCode.DATA,
          Message.of(
              "profiles.invalidJson",
              source,
              String.valueOf(line),
              String.valueOf(column),
              e.getOriginalMessage()),
          e);
    }
    if (node == null || node.isMissingNode()) {
      throw new Failure(ExitCode.DATA, Message.of("profiles.emptyFile", source));
    }
    if (!(node instanceof ObjectNode object)) {
      throw new Failure(ExitCode.DATA, Message.of("profiles.notAnObject", source));
    }
    return object;
  }
}
