package dev.crossroads.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crossroads.Problem;
import dev.crossroads.Message;
import dev.crossroads.decision.Decision;
import dev.crossroads.input.InputKind;
import dev.crossroads.input.ParserLimits;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Profile bytes to a decision: strict UTF-8, then the format version: a newer one is refused, an
 * older one migrated, and the codec reads the result. A current-format file reaches the codec as
 * its own text, so the codec's line:column errors point into the file the person can open; a
 * migrated one is named "FILE (schemaVersion N)" in messages, since its positions are the
 * migrated text's.
 */
public final class ProfileDecoder {
  private static final JsonFactory VERSION_READER = ParserLimits.json(InputKind.PROFILE);

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
   * @throws Problem with {@link Problem.Kind#BAD_DATA} when the bytes are not a readable profile
   */
  public Decision decode(byte[] bytes, String source) {
    return decodeProfile(bytes, source).resolved();
  }

  /** The whole profile, money plan included; see {@link #decode}. */
  public Profile decodeProfile(byte[] bytes, String source) {
    String text = utf8(bytes, source);
    // The version is read without building the document: a current file (nearly all of them)
    // is then parsed once, by the codec, and a huge one is refused there at its first excess.
    OptionalInt declared = declaredVersion(text);
    Optional<ObjectNode> tree =
        declared.isEmpty() || declared.getAsInt() == migration.current()
            ? Optional.empty()
            : tree(text);
    OptionalInt version = tree.map(SchemaMigration::declaredVersion).orElse(OptionalInt.empty());
    if (version.isEmpty() || version.getAsInt() == migration.current()) {
      // Current files, and files too broken to say their version, go to the codec as they
      // are: its errors point at lines and columns in the file the person can open.
      return codec.parseProfile(text, source);
    }
    ObjectNode migrated = migration.migrate(tree.orElseThrow(), source);
    return codec.parseProfile(
        migrated.toPrettyString(),
        source + " (" + SchemaMigration.VERSION_FIELD + " " + version.getAsInt() + ")");
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
      throw new Problem(Problem.Kind.BAD_DATA, Message.of("profiles.notUtf8", source), e);
    }
  }

  private ObjectMapper mapper() {
    if (mapper == null) {
      mapper =
          new ObjectMapper(ParserLimits.json(InputKind.PROFILE))
              .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }
    return mapper;
  }

  /**
   * The top-level {@code schemaVersion} as a whole number, read by streaming past every other
   * field; empty when there is none, it is no whole number, or the text is not a JSON object.
   */
  private static OptionalInt declaredVersion(String text) {
    OptionalInt version = OptionalInt.empty();
    try (JsonParser parser = VERSION_READER.createParser(text)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return OptionalInt.empty();
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        boolean isVersion = SchemaMigration.VERSION_FIELD.equals(parser.currentName());
        JsonToken value = parser.nextToken();
        if (isVersion) {
          // The last one counts, as for the tree the migration reads.
          version = value.isNumeric() ? wholeNumber(parser.getDecimalValue()) : OptionalInt.empty();
        }
        parser.skipChildren();
      }
      return version;
    } catch (IOException | RuntimeException e) {
      return OptionalInt.empty();
    }
  }

  private static OptionalInt wholeNumber(java.math.BigDecimal value) {
    try {
      return OptionalInt.of(value.intValueExact());
    } catch (ArithmeticException e) {
      return OptionalInt.empty();
    }
  }

  /** The document as a tree, or empty when it is not a JSON object the codec should judge. */
  private Optional<ObjectNode> tree(String text) {
    try {
      return mapper().readTree(text) instanceof ObjectNode object
          ? Optional.of(object)
          : Optional.empty();
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }
}
