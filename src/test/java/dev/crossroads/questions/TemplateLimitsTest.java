package dev.crossroads.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.crossroads.Problem;
import dev.crossroads.Messages;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each limit a template can pass (docs/limits.md), at its value and just past it: one line, exit
 * 65, naming the file and the field or the line and column, in well under a second.
 */
class TemplateLimitsTest {
  private static final String MINIMAL = SchemaCheck.text("questions/minimal.yaml");
  private static final String COFFEE = "  - id: coffee\n    label:\n      en: \"Coffee\"\n      ko: \"커피\"\n";

  @TempDir Path dir;

  @Test
  void aTemplateOfOneMegabyteLoadsAndOneBytePastIsRefusedUnread() throws IOException {
    StringBuilder comments = new StringBuilder(MINIMAL);
    int left = 1_000_000 - MINIMAL.getBytes(StandardCharsets.UTF_8).length;
    for (; left > 100; left -= 100) {
      comments.append("#").append("x".repeat(98)).append('\n');
    }
    String padded = comments.append("#").append("x".repeat(left - 2)).append('\n').toString();
    assertThat(padded.getBytes(StandardCharsets.UTF_8)).hasSize(1_000_000);
    assertThat(load(padded).options()).hasSize(2);
    assertThat(refusal(padded + " ")).endsWith("minimal.yaml is 1,000,001 bytes; a template can be at most 1 MB (1,000,000 bytes).");
  }

  @Test
  void aTenMegabyteTemplateIsRefusedAtOnce() throws IOException {
    try (RandomAccessFile raf = new RandomAccessFile(dir.resolve("minimal.yaml").toFile(), "rw")) {
      raf.setLength(10_000_000);
    }
    long start = System.nanoTime();
    Problem failure = loadFails();
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(english(failure)).endsWith("minimal.yaml is 10 MB; a template can be at most 1 MB.");
    assertThat(millis).isLessThan(500);
  }

  @Test
  void aLineTooLongForSnakeYamlToReadQuicklyIsRefusedBeforeParsing() throws IOException {
    String longLine = MINIMAL.replace("\"A tiny template for tests.\"", "x".repeat(70_000));
    long start = System.nanoTime();
    String message = refusal(longLine);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(message).contains("minimal.yaml, line 8, column 1: a line longer than 65,536 characters");
    assertThat(millis).isLessThan(500);
  }

  @Test
  void theSlowestShapeYamlTakesWithinAMegabyteIsReadInWellUnderASecond() throws IOException {
    // Fifteen lines of 65,000 characters each: the most SnakeYAML's long-line cost can reach.
    StringBuilder yaml = new StringBuilder(MINIMAL).append("notes:\n");
    for (int i = 0; i < 15; i++) {
      yaml.append("  - ").append("w".repeat(65_000)).append('\n');
    }
    long start = System.nanoTime();
    String message = refusal(yaml.toString());
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(message).contains("notes is not a field this format knows");
    assertThat(millis).isLessThan(1_000);
  }

  @Test
  void fiftyOptionsLoadAndTheFiftyFirstIsRefused() throws IOException {
    assertThat(load(withOptions(50)).options()).hasSize(50);
    assertThat(refusal(withOptions(51)))
        .contains(" options[50] is one too many: the list has 51 entries, and a template can have at most 50");
  }

  @Test
  void sixtyCriteriaLoadAndTheSixtyFirstIsRefused() throws IOException {
    assertThat(load(withCriteria(60)).criteria()).hasSize(60);
    assertThat(refusal(withCriteria(61))).contains(" criteria[60] is one too many");
  }

  @Test
  void anIdOf200CharactersLoadsAndOneOf201IsRefused() throws IOException {
    assertThat(load(MINIMAL.replace("- id: coffee", "- id: " + "c".repeat(200))).options()).hasSize(2);
    assertThat(refusal(MINIMAL.replace("- id: coffee", "- id: " + "c".repeat(201))))
        .contains(" options[1].id is 201 characters long; it can be at most 200");
  }

  @Test
  void aLabelOf200CharactersLoadsAndOneOf201IsRefused() throws IOException {
    assertThat(load(MINIMAL.replace("\"커피\"", "\"" + "커".repeat(200) + "\"")).options()).hasSize(2);
    assertThat(refusal(MINIMAL.replace("\"커피\"", "\"" + "커".repeat(201) + "\"")))
        .contains(" options[1].label.ko is 201 characters long; it can be at most 200");
  }

  @Test
  void aDescriptionOf2000CharactersLoadsAndOneOf2001IsRefused() throws IOException {
    String from = "\"How much you like it.\"";
    assertThat(load(MINIMAL.replace(from, "\"" + "d".repeat(2000) + "\"")).criteria()).hasSize(2);
    assertThat(refusal(MINIMAL.replace(from, "\"" + "d".repeat(2001) + "\"")))
        .contains(" criteria[0].description.en is 2001 characters long; it can be at most 2000");
  }

  @Test
  void aScaleEndOf10To15LoadsAndOnePastItIsRefused() throws IOException {
    assertThat(load(MINIMAL.replace("worst: 7000", "worst: 1000000000000000")).criteria()).hasSize(2);
    assertThat(refusal(MINIMAL.replace("worst: 7000", "worst: 1e308")))
        .contains(" criteria[1].scale.worst is too large a number");
  }

  @Test
  void aKeyGivenTwiceIsRefusedAtItsLineAndColumnInPlainWords() throws IOException {
    String message = refusal(MINIMAL.replace("id: minimal\n", "id: minimal\nid: minimal\n"));
    assertThat(message)
        .contains("minimal.yaml, line 4, column 1: the key \"id\" is given twice in the same mapping")
        .doesNotContain("Duplicate field");
  }

  @Test
  void brokenYamlNamesTheLineAndColumnWithoutAJavaException() throws IOException {
    String message = refusal(MINIMAL.replace("format: 1\n", "format: [1\n"));
    assertThat(message).containsPattern("line \\d+, column \\d+: not valid YAML: ")
        .doesNotContain("Exception")
        .doesNotContain("\n");
  }

  @Test
  void aMegabyteIdIsQuotedInAtMost80Characters() throws IOException {
    String id = "Q".repeat(60_000);
    String message = refusal(MINIMAL.replace("[taste, price]", "[taste, " + id + "]"));
    assertThat(message).doesNotContain("Q".repeat(81));
    assertThat(message.length()).isLessThan(500);
  }

  @Test
  void theSchemaStatesTheSameLimits() {
    SchemaCheck schema = new SchemaCheck();
    assertThat(schema.errors(withOptions(50))).isEmpty();
    assertThat(schema.errors(withOptions(51))).isNotEmpty();
    assertThat(schema.errors(withCriteria(60))).isEmpty();
    assertThat(schema.errors(withCriteria(61))).isNotEmpty();
    assertThat(schema.errors(MINIMAL.replace("- id: coffee", "- id: " + "c".repeat(200)))).isEmpty();
    assertThat(schema.errors(MINIMAL.replace("- id: coffee", "- id: " + "c".repeat(201)))).isNotEmpty();
    assertThat(schema.errors(MINIMAL.replace("\"커피\"", "\"" + "커".repeat(200) + "\""))).isEmpty();
    assertThat(schema.errors(MINIMAL.replace("\"커피\"", "\"" + "커".repeat(201) + "\""))).isNotEmpty();
    assertThat(schema.errors(MINIMAL.replace("worst: 7000", "worst: 1e16"))).isNotEmpty();
  }

  private String withOptions(int count) {
    StringBuilder options = new StringBuilder();
    for (int i = 0; i < count - 1; i++) {
      options.append(COFFEE.replace("coffee", "o" + i));
    }
    return MINIMAL.replace(COFFEE, options.toString());
  }

  private String withCriteria(int count) {
    int start = MINIMAL.indexOf("  - id: taste");
    int end = MINIMAL.indexOf("  - id: price");
    String taste = MINIMAL.substring(start, end);
    StringBuilder criteria = new StringBuilder(taste);
    for (int i = 0; i < count - 2; i++) {
      criteria.append(taste.replace("id: taste", "id: t" + i));
    }
    return MINIMAL.substring(0, start) + criteria + MINIMAL.substring(end);
  }

  private Template load(String yaml) throws IOException {
    Files.writeString(dir.resolve("minimal.yaml"), yaml, StandardCharsets.UTF_8);
    return bank().load("minimal");
  }

  private String refusal(String yaml) throws IOException {
    Files.writeString(dir.resolve("minimal.yaml"), yaml, StandardCharsets.UTF_8);
    return english(loadFails());
  }

  private Problem loadFails() {
    Problem failure = catchThrowableOfType(Problem.class, () -> bank().load("minimal"));
    assertThat(failure).as("expected the template to be refused").isNotNull();
    assertThat(failure.kind()).isEqualTo(Problem.Kind.BAD_DATA);
    return failure;
  }

  private static String english(Problem failure) {
    return new Messages(Locale.ENGLISH).get(failure.userMessage());
  }

  private TemplateBank bank() {
    return new TemplateBank(new TemplateSources(Optional.empty(), Optional.of(dir)));
  }
}
