package dev.crossroads.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.crossroads.Problem;
import dev.crossroads.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each case breaks the minimal valid template in one way and names the field the one-line error
 * must point at. {@code schemaToo} says whether questions/schema.json also rejects the file: the
 * cross-field rules (ids resolving, weights adding up, worst/best order) only the loader checks.
 */
class BrokenTemplateTest {
  private static final String MINIMAL = SchemaCheck.text("questions/minimal.yaml");
  private static final SchemaCheck SCHEMA = new SchemaCheck();

  record Case(String name, String from, String to, String field, String problem, boolean schemaToo) {
    String apply() {
      assertThat(MINIMAL).as("case %s edits text that exists", name).contains(from);
      return MINIMAL.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static List<Case> cases() {
    return List.of(
        new Case("missing title", "title:\n  en: \"Tea or coffee?\"\n  ko: \"차를 마실까, 커피를 마실까?\"\n", "",
            "title", "is missing", true),
        new Case("wrong type", "min: 1", "min: one",
            "criteria[0].scale.min", "should be a number, not text", true),
        new Case("unknown criterion in preselected", "[taste, price]", "[taste, milk]",
            "preselected[1]", "names milk, which is not in the criteria catalogue", false),
        new Case("missing Korean text", "      ko: \"맛\"\n", "",
            "criteria[0].label.ko", "Korean", true),
        new Case("unquoted no read as a boolean", "- id: coffee", "- id: no",
            "options[1].id", "quote it", true),
        new Case("weights not adding up", "price: 40", "price: 30",
            "weights", "should add up to 100 points, not 90", false),
        new Case("duplicate criterion id", "- id: price", "- id: taste",
            "criteria[1].id", "repeats the id taste", false),
        new Case("unknown field", "    direction: benefit\n", "    direction: benefit\n    colour: red\n",
            "criteria[0].colour", "is not a field this format knows", true),
        new Case("money marker that is not true or false", "    direction: benefit\n",
            "    direction: benefit\n    money: \"yes\"\n",
            "criteria[0].money", "should be true/false, not text", true),
        new Case("direction outside the enum", "direction: cost", "direction: costly",
            "criteria[1].direction", "is costly, but should be one of: benefit, cost", true),
        new Case("date default that is not a period", "default: P1W", "default: next week",
            "reflection[0].default", "write a period such as P3M", true),
        new Case("best beyond worst for a cost", "worst: 7000", "worst: -1",
            "criteria[1].scale.best", "should be below worst for a cost criterion", false),
        new Case("only one end of a quantity", "      best: 0\n", "",
            "criteria[1].scale.best", "give both worst and best, or neither", true),
        new Case("id that disagrees with the file name", "id: minimal", "id: other",
            "id", "the file name says minimal", false),
        new Case("unsupported format", "format: 1", "format: 2",
            "format", "this version of crossroads reads format 1", true),
        new Case("too few options", "  - id: coffee\n    label:\n      en: \"Coffee\"\n      ko: \"커피\"\n", "",
            "options", "should list at least 2", true),
        new Case("text given as a plain string",
            "intro:\n  en: \"A tiny template for tests.\"\n  ko: \"테스트용 작은 템플릿입니다.\"\n",
            "intro: \"A tiny template for tests.\"\n",
            "intro", "should be a mapping with en and ko texts, not text", true));
  }

  private static Problem loadFails(Path dir, String yaml) throws IOException {
    Files.writeString(dir.resolve("minimal.yaml"), yaml, StandardCharsets.UTF_8);
    TemplateBank bank = new TemplateBank(new TemplateSources(Optional.empty(), Optional.of(dir)));
    return catchThrowableOfType(Problem.class, () -> bank.load("minimal"));
  }

  @Test
  void theMinimalTemplateIsValidForBothTheLoaderAndTheSchema(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("minimal.yaml"), MINIMAL, StandardCharsets.UTF_8);
    TemplateBank bank = new TemplateBank(new TemplateSources(Optional.empty(), Optional.of(dir)));
    assertThat(bank.load("minimal").criteria()).hasSize(2);
    assertThat(SCHEMA.errors(MINIMAL)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aBrokenTemplateFailsWithOneLineNamingTheFileAndTheField(Case c, @TempDir Path dir)
      throws IOException {
    Problem failure = loadFails(dir, c.apply());

    assertThat(failure).as(c.name()).isNotNull();
    assertThat(failure.kind()).isEqualTo(Problem.Kind.BAD_DATA);
    String english = new Messages(Locale.ENGLISH).get(failure.userMessage());
    String korean = new Messages(Locale.KOREAN).get(failure.userMessage());
    String file = dir.resolve("minimal.yaml").toString();
    assertThat(english).doesNotContain("\n").contains(file).contains(" " + c.field() + " ").contains(c.problem());
    assertThat(korean).doesNotContain("\n").contains(file).contains(c.field() + ":").doesNotContain("questions.");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theSchemaRejectsTheStructuralBreaksAndLeavesCrossReferencesToTheLoader(Case c) {
    List<String> errors = SCHEMA.errors(c.apply());
    if (c.schemaToo()) {
      assertThat(errors).as(c.name()).isNotEmpty();
    } else {
      assertThat(errors).as(c.name()).isEmpty();
    }
  }

  @Test
  void yamlThatDoesNotParseNamesTheFileAndTheLine(@TempDir Path dir) throws IOException {
    Problem failure = loadFails(dir, MINIMAL.replace("\"Tea or coffee?\"", "\"Tea or coffee?"));

    assertThat(failure.kind()).isEqualTo(Problem.Kind.BAD_DATA);
    String english = new Messages(Locale.ENGLISH).get(failure.userMessage());
    assertThat(english).doesNotContain("\n").contains("minimal.yaml").contains("line ");
  }

  @Test
  void aKeyGivenTwiceIsRejectedRatherThanSilentlyOverwritten(@TempDir Path dir) throws IOException {
    Problem failure = loadFails(dir, MINIMAL.replace("id: minimal\n", "id: minimal\nid: minimal\n"));

    assertThat(failure.userMessage().key()).isEqualTo("questions.unreadable");
    assertThat(new Messages(Locale.ENGLISH).get(failure.userMessage())).contains("minimal.yaml");
  }

  @Test
  void anEmptyFileSaysSo(@TempDir Path dir) throws IOException {
    Problem failure = loadFails(dir, "# nothing here\n");

    assertThat(new Messages(Locale.ENGLISH).get(failure.userMessage()))
        .contains("minimal.yaml")
        .contains("the file holds no template");
  }
}
