package dev.crossroads.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crossroads.Problem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaMigrationTest {
  private final ObjectMapper mapper = new ObjectMapper();

  private ObjectNode json(String text) throws Exception {
    return (ObjectNode) mapper.readTree(text);
  }

  @Test
  void aVersionZeroProfileGetsItsPlainPointsMapWrappedWithTheMethod() throws Exception {
    ObjectNode v0 = json("{\"schemaVersion\":0,\"title\":\"t\",\"weights\":{\"growth\":40,\"pay\":60}}");
    ObjectNode v1 = SchemaMigration.standard().migrate(v0, "old.json");
    assertThat(v1)
        .isEqualTo(
            json(
                "{\"schemaVersion\":1,\"title\":\"t\","
                    + "\"weights\":{\"method\":\"points\",\"points\":{\"growth\":40,\"pay\":60}}}"));
  }

  @Test
  void aCurrentProfileIsLeftAsItIs() throws Exception {
    ObjectNode v1 = json("{\"schemaVersion\":1,\"weights\":{\"method\":\"direct\"}}");
    ObjectNode copy = v1.deepCopy();
    assertThat(SchemaMigration.standard().migrate(v1, "p.json")).isEqualTo(copy);
  }

  @Test
  void stepsRunInVersionOrderOneAfterAnother() throws Exception {
    List<Integer> seen = new ArrayList<>();
    SchemaMigration chain =
        new SchemaMigration(
            3,
            List.of(
                new MigrationStep(2, t -> record(seen, t, 2).put("c", t.get("b").asInt() + 1)),
                new MigrationStep(0, t -> record(seen, t, 0).put("a", 1)),
                new MigrationStep(1, t -> record(seen, t, 1).put("b", t.get("a").asInt() + 1))));
    ObjectNode result = chain.migrate(json("{\"schemaVersion\":0}"), "p.json");
    assertThat(seen).containsExactly(0, 1, 2);
    assertThat(result).isEqualTo(json("{\"schemaVersion\":3,\"a\":1,\"b\":2,\"c\":3}"));

    seen.clear();
    chain.migrate(json("{\"schemaVersion\":2,\"b\":5}"), "p.json");
    assertThat(seen).containsExactly(2);
  }

  private static ObjectNode record(List<Integer> seen, ObjectNode tree, int from) {
    assertThat(tree.get("schemaVersion").asInt()).isEqualTo(from);
    seen.add(from);
    return tree;
  }

  @Test
  void aProfileFromANewerCrossroadsIsRefusedWithBothVersionsNamed() throws Exception {
    assertThatThrownBy(() -> SchemaMigration.standard().migrate(json("{\"schemaVersion\":2}"), "p.json"))
        .isInstanceOfSatisfying(
            Problem.class,
            f -> {
              assertThat(f.kind()).isEqualTo(Problem.Kind.BAD_DATA);
              assertThat(f.userMessage().key()).isEqualTo("profiles.newerSchema");
              assertThat(f.userMessage().args()).containsExactly("p.json", 2, 1);
            });
  }

  @Test
  void aMissingFractionalOrTextualVersionIsRefused() throws Exception {
    for (String text :
        List.of("{}", "{\"schemaVersion\":1.5}", "{\"schemaVersion\":\"1\"}", "{\"schemaVersion\":null}")) {
      assertThatThrownBy(() -> SchemaMigration.standard().migrate(json(text), "p.json"))
          .as(text)
          .isInstanceOfSatisfying(
              Problem.class, f -> assertThat(f.kind()).isEqualTo(Problem.Kind.BAD_DATA));
    }
  }

  @Test
  void aVersionWithNoStepIsRefusedAsNoLongerReadable() throws Exception {
    assertThatThrownBy(() -> SchemaMigration.standard().migrate(json("{\"schemaVersion\":-1}"), "p.json"))
        .isInstanceOfSatisfying(
            Problem.class,
            f -> assertThat(f.userMessage().key()).isEqualTo("profiles.unsupportedSchema"));
  }

  @Test
  void aChainWithTwoStepsFromOneVersionIsABug() {
    assertThatThrownBy(
            () ->
                new SchemaMigration(
                    2, List.of(new MigrationStep(0, t -> t), new MigrationStep(0, t -> t))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
