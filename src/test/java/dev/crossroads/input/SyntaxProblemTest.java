package dev.crossroads.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.crossroads.Messages;
import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Each parser limit reads as plain words with its place: the start of Jackson's own message is
 * what tells them apart, so these tests pin it for the Jackson version in use.
 */
class SyntaxProblemTest {
  private final Messages english = new Messages(Locale.ENGLISH);
  private final Messages korean = new Messages(Locale.KOREAN);

  @Test
  void aStringPastTheLimitIsATextTooLong() {
    assertJson("{\"a\": \"" + "x".repeat(4_001) + "\"}", "a text longer than 4,000 characters");
  }

  @Test
  void aStringAtTheLimitIsRead() {
    assertThat(problem("{\"a\": \"" + "x".repeat(4_000) + "\"}", false)).isNull();
  }

  @Test
  void aNumberPastTheLimitIsTooLongToRead() {
    assertJson("{\"a\": " + "1".repeat(401) + "}", "a number written with more than 400 characters");
    assertThat(problem("{\"a\": " + "1".repeat(400) + "}", false)).isNull();
  }

  @Test
  void nestingPastTheLimitIsTooDeep() {
    assertJson("[".repeat(33) + "]".repeat(33), "nested more than 32 levels deep");
    assertThat(problem("[".repeat(32) + "]".repeat(32), false)).isNull();
  }

  @Test
  void aFieldNamePastTheLimitIsTooLong() {
    assertJson("{\"" + "n".repeat(401) + "\": 1}", "a field name longer than 400 characters");
    assertThat(problem("{\"" + "n".repeat(400) + "\": 1}", false)).isNull();
  }

  @Test
  void aDocumentPastTheFileLimitIsTooLong() {
    String json = "[" + "0,".repeat(2_000_000) + "0]";
    assertJson(json, "the file is longer than it can be");
  }

  @Test
  void aYamlNestingPastTheLimitIsTooDeep() {
    SyntaxProblem p = problem("a: " + "[".repeat(33) + "]".repeat(33), true);
    assertThat(english.get(p.detail())).isEqualTo("nested more than 32 levels deep");
  }

  @Test
  void aYamlKeyGivenTwiceNamesTheKeyWhereItRepeats() {
    SyntaxProblem p = problem("a: 1\nb: 2\na: 3\n", true);
    assertThat(p.line()).isEqualTo(3);
    assertThat(english.get(p.detail())).isEqualTo("the key \"a\" is given twice in the same mapping; give it once");
    assertThat(korean.get(p.detail())).contains("\"a\" 키가 두 번");
  }

  @Test
  void brokenYamlSaysWhatSnakeYamlFoundAndWhere() {
    SyntaxProblem p = problem("a: [1,\n b: : c\n", true);
    assertThat(p.line()).isEqualTo(2);
    assertThat(p.column()).isEqualTo(5);
    assertThat(english.get(p.detail())).startsWith("not valid YAML: ").doesNotContain("\n");
  }

  @Test
  void aMismatchedBracketSaysWhereItWasOpenedWithoutJacksonsLocationNotation() {
    SyntaxProblem p = problem("{\n  \"a\": [1, 2}\n", false);
    assertThat(english.get(p.detail()))
        .startsWith("not valid JSON: ")
        .contains("(opened on line 2, column 8)")
        .doesNotContain("[Source")
        .doesNotContain("REDACTED");
  }

  @Test
  void aLongLineIsFoundBeforeParsing() {
    String text = "a: 1\nb: " + "x".repeat(ParserLimits.MAX_YAML_LINE - 3) + "\nc: " + "y".repeat(ParserLimits.MAX_YAML_LINE + 1);
    assertThat(ParserLimits.longYamlLine(text)).hasValue(3);
    assertThat(ParserLimits.longYamlLine("a: " + "x".repeat(ParserLimits.MAX_YAML_LINE - 3))).isEmpty();
  }

  private void assertJson(String json, String detail) {
    SyntaxProblem p = problem(json, false);
    assertThat(p).as("expected a problem").isNotNull();
    assertThat(english.get(p.detail())).startsWith(detail).doesNotContain("StreamReadConstraints");
    assertThat(korean.get(p.detail())).doesNotContain("input.");
    assertThat(p.line()).isPositive();
    assertThat(p.column()).isPositive();
  }

  /** The problem reading {@code text} as a profile (JSON) or an answers file (YAML); null if none. */
  private static SyntaxProblem problem(String text, boolean yaml) {
    JsonFactory factory =
        yaml ? ParserLimits.yaml(InputKind.ANSWERS) : ParserLimits.json(InputKind.PROFILE);
    try (JsonParser parser = factory.createParser(text)) {
      try {
        while (parser.nextToken() != null) {
          if (parser.currentToken().isNumeric()) {
            parser.getNumberValue();
          } else {
            parser.getText();
          }
        }
        return null;
      } catch (JsonProcessingException e) {
        return yaml
            ? SyntaxProblem.yaml(e, parser.currentTokenLocation())
            : SyntaxProblem.json(e, parser.currentTokenLocation());
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
