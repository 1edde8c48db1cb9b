package dev.crossroads.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Option;
import dev.crossroads.decision.QuantityScale;
import dev.crossroads.decision.Rating;
import dev.crossroads.decision.WeightInput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExampleProfilesTest {
  private static final Path EXAMPLES = Path.of("docs/examples");

  private final ProfileReader reader = new ProfileReader();

  static Stream<Path> examples() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      List<Path> json = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
      assertThat(json).hasSizeGreaterThanOrEqualTo(3);
      return json.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyExampleInTheDocsLoads(Path example) {
    assertThat(reader.read(example).options()).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"grad-school.json", "grad-school-ko.json"})
  void theGradSchoolExamplesAreWrittenAsTheWriterWritesThem(String name) throws IOException {
    String text = Files.readString(EXAMPLES.resolve(name), StandardCharsets.UTF_8);
    assertThat(new ProfileWriter().toJson(reader.parse(text, name))).isEqualTo(text);
  }

  @Test
  void theCompleteExampleInTheFormatDocumentLoads() throws IOException {
    String doc = Files.readString(Path.of("docs/profile-format.md"), StandardCharsets.UTF_8);
    int start = doc.indexOf("```json\n") + "```json\n".length();
    String json = doc.substring(start, doc.indexOf("```", start));

    Decision d = reader.parse(json, "profile-format.md");
    assertThat(d.weights()).isInstanceOf(WeightInput.Pairwise.class);
    assertThat(d.gates()).hasSize(1);
    assertThat(d.scenarios()).hasSize(1);
    assertThat(d.reflections()).hasSize(2);
    assertThat(new ProfileWriter().toJson(d)).isEqualTo(json);
  }

  @Test
  void theGradSchoolExampleUsesEveryPartOfTheFormat() {
    Decision d = reader.read(EXAMPLES.resolve("grad-school.json"));

    assertThat(d.options()).extracting(Option::id).containsExactly("masters", "industry", "keep-open");
    assertThat(d.criteria()).hasSize(6);
    assertThat(d.criteria()).extracting(Criterion::scale).filteredOn(QuantityScale.class::isInstance)
        .extracting(s -> ((QuantityScale) s).unit()).contains("KRW", "years");
    assertThat(d.ratings().values()).anySatisfy(row -> assertThat(row.values()).hasAtLeastOneElementOfType(Rating.Range.class));
    assertThat(d.gates()).isNotEmpty();
    assertThat(d.weights()).isInstanceOf(WeightInput.Points.class);
    assertThat(d.reflections()).isNotEmpty();
    assertThat(d.scenario("scholarship")).isPresent();
    assertThat(d.meta().deadline()).isPresent();
    assertThat(d.meta().gutRanking()).hasSize(3);
  }

  @Test
  void theKoreanExampleIsTheSameDecisionInKorean() {
    Decision en = reader.read(EXAMPLES.resolve("grad-school.json"));
    Decision ko = reader.read(EXAMPLES.resolve("grad-school-ko.json"));

    assertThat(ko.language()).isEqualTo("ko");
    assertThat(ko.title()).containsPattern("\\p{IsHangul}");
    assertThat(ko.options()).allSatisfy(o -> assertThat(o.label()).containsPattern("\\p{IsHangul}"));
    assertThat(ko.options()).extracting(Option::id).isEqualTo(en.options().stream().map(Option::id).toList());
    assertThat(ko.criteria()).extracting(Criterion::id, Criterion::direction)
        .isEqualTo(en.criteria().stream().map(c -> org.assertj.core.groups.Tuple.tuple(c.id(), c.direction())).toList());
    assertThat(ko.ratings()).isEqualTo(en.ratings());
    assertThat(ko.weights()).isEqualTo(en.weights());
    assertThat(ko.gates()).isEqualTo(en.gates());
    assertThat(ko.scenarios()).extracting(s -> s.ratings()).isEqualTo(en.scenarios().stream().map(s -> s.ratings()).toList());
  }
}
