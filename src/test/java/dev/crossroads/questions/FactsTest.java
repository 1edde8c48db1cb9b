package dev.crossroads.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.crossroads.Problem;
import dev.crossroads.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactsTest {
  private static final Path FOLDER = Path.of("questions/facts");
  private final Messages english = new Messages(Locale.ENGLISH);

  private static final String GOOD = """
      version: 1
      facts:
        - id: kr-example
          region: "KR"
          topics: ["money", "grad-school"]
          asOf: "2025-06-01"
          text:
            en: Something that changes.
            ko: 바뀌는 무엇.
          source:
            en: Somewhere.
            ko: 어딘가.
      """;

  @Test
  void everyShippedFactLoadsWithItsDate() throws IOException {
    Facts facts = Facts.load(FOLDER);

    assertThat(facts.all()).hasSize(declaredIds().size());
    assertThat(facts.all()).extracting(Fact::id).containsExactlyInAnyOrderElementsOf(declaredIds());
    for (Fact fact : facts.all()) {
      assertThat(fact.text("en")).as(fact.id()).isNotBlank();
      assertThat(fact.text("ko")).as(fact.id()).isNotBlank().isNotEqualTo(fact.text("en"));
      assertThat(fact.asOf()).as(fact.id()).isBefore(LocalDate.of(2030, 1, 1));
    }
  }

  @Test
  void theBuiltInFactsAreTheShippedOnes() {
    assertThat(Facts.builtIn().all()).isEqualTo(Facts.load(FOLDER).all());
  }

  @Test
  void factsAreFoundByTopic() {
    Facts facts = Facts.load(FOLDER);

    List<Fact> money = facts.about(List.of("money"));
    assertThat(money).isNotEmpty().allMatch(f -> f.hasTopic("money"));
    assertThat(facts.all().stream().filter(f -> f.hasTopic("money")).toList()).isEqualTo(money);
    assertThat(facts.about(List.of("no-such-topic"))).isEmpty();
  }

  @Test
  void aWellFormedFileParsesToItsFields() {
    Fact fact = Facts.parse(GOOD, "good.yaml").get(0);

    assertThat(fact.id()).isEqualTo("kr-example");
    assertThat(fact.region()).isEqualTo("KR");
    assertThat(fact.topics()).containsExactly("money", "grad-school");
    assertThat(fact.asOf()).isEqualTo(LocalDate.of(2025, 6, 1));
    assertThat(fact.text("ko")).isEqualTo("바뀌는 무엇.");
    assertThat(fact.source("en")).isEqualTo("Somewhere.");
  }

  @Test
  void aMissingDateNamesTheFileAndTheField() {
    assertThat(problem(GOOD.replace("    asOf: \"2025-06-01\"\n", "")))
        .isEqualTo("bad.yaml: facts[0].asOf: missing; every field of a fact is required");
  }

  @Test
  void aDateThatIsNotADateNamesTheField() {
    assertThat(problem(GOOD.replace("\"2025-06-01\"", "\"June 2025\"")))
        .startsWith("bad.yaml: facts[0].asOf: must be a quoted date");
  }

  @Test
  void aMissingKoreanTextNamesTheField() {
    assertThat(problem(GOOD.replace("      ko: 바뀌는 무엇.\n", "")))
        .startsWith("bad.yaml: facts[0].text.ko: missing");
  }

  @Test
  void anUnquotedNoIsCaughtAsNotText() {
    assertThat(problem(GOOD.replace("region: \"KR\"", "region: no")))
        .startsWith("bad.yaml: facts[0].region: must be quoted text");
  }

  @Test
  void aTypoInAFieldNameIsReported() {
    assertThat(problem(GOOD.replace("topics:", "topic:")))
        .startsWith("bad.yaml: facts[0].topic: unknown field");
  }

  @Test
  void aNewerFormatVersionIsRefused() {
    assertThat(problem(GOOD.replace("version: 1", "version: 2"))).startsWith("bad.yaml: version: must be 1");
  }

  @Test
  void brokenYamlNamesTheFileAndLine() {
    assertThat(problem(GOOD.replace("  - id: kr-example", "  - id: [kr-example"))).startsWith("bad.yaml:");
  }

  @Test
  void anIdUsedInTwoFilesIsRefused(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.yaml"), GOOD, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("b.yaml"), GOOD, StandardCharsets.UTF_8);

    Problem failure = catchThrowableOfType(Problem.class, () -> Facts.load(dir));

    assertThat(english.get(failure.userMessage())).isEqualTo("b.yaml: facts: the fact id \"kr-example\" is used twice");
  }

  private String problem(String yaml) {
    Problem failure = catchThrowableOfType(Problem.class, () -> Facts.parse(yaml, "bad.yaml"));
    assertThat(failure).as("expected the facts to be refused").isNotNull();
    assertThat(failure.kind()).isEqualTo(Problem.Kind.BAD_DATA);
    String text = english.get(failure.userMessage());
    assertThat(text.lines()).hasSize(1);
    return text;
  }

  /** The ids the YAML files declare, read with a plain pattern rather than the loader. */
  private static List<String> declaredIds() throws IOException {
    Pattern id = Pattern.compile("(?m)^  - id: (\\S+)$");
    try (Stream<Path> files = Files.list(FOLDER)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).flatMap(p -> {
        try {
          Matcher m = id.matcher(Files.readString(p, StandardCharsets.UTF_8));
          return m.results().map(r -> r.group(1)).toList().stream();
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      }).toList();
    }
  }
}
