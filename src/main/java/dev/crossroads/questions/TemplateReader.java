package dev.crossroads.questions;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.crossroads.Problem;
import dev.crossroads.Message;
import dev.crossroads.input.InputKind;
import dev.crossroads.input.ParserLimits;
import dev.crossroads.input.SyntaxProblem;
import dev.crossroads.input.StrictUtf8;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads template YAML into a tree and hands it to the validator; one per bank. The parser stops
 * at the limits of a template (docs/limits.md): its size was checked before it was read, a key
 * given twice is refused, and a line too long for SnakeYAML to read quickly is refused before
 * it is parsed.
 */
final class TemplateReader {
  private final YAMLMapper mapper = new YAMLMapper(ParserLimits.yaml(InputKind.TEMPLATE));

  /** Reads a whole template file's bytes (at most {@link InputKind#TEMPLATE}'s size). */
  Template read(byte[] bytes, String location, Optional<String> expectedId) {
    return new TemplateValidator(location).validate(tree(text(bytes, location), location), expectedId);
  }

  private static String text(byte[] bytes, String location) {
    try {
      return StrictUtf8.decode(bytes);
    } catch (CharacterCodingException e) {
      throw new Problem(Problem.Kind.BAD_DATA, Message.of("questions.notUtf8", location), e);
    }
  }

  private JsonNode tree(String text, String location) {
    OptionalInt longLine = ParserLimits.longYamlLine(text);
    if (longLine.isPresent()) {
      throw unreadable(location, SyntaxProblem.longLine(longLine.getAsInt()));
    }
    try (JsonParser parser = mapper.createParser(text)) {
      try {
        return mapper.readTree(parser);
      } catch (JsonProcessingException e) {
        throw unreadable(location, SyntaxProblem.yaml(e, parser.currentTokenLocation()));
      }
    } catch (IOException e) {
      // Parsing a string reads nothing from a disk; only a parser fault lands here.
      throw new Problem(Problem.Kind.BAD_DATA, Message.of("questions.cannotRead", location, e.getMessage()), e);
    }
  }

  private static Problem unreadable(String location, SyntaxProblem problem) {
    return new Problem(
        Problem.Kind.BAD_DATA,
        Message.of(
            "questions.unreadable", location, problem.line(), problem.column(), problem.detail()));
  }
}
