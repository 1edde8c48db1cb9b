package dev.crossroads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crossroads.store.ProfileName;
import dev.crossroads.store.ProfilePaths;
import dev.crossroads.store.ProfileStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A profile in the older format (schemaVersion 0: weights as a plain map of points) is read the
 * same way by every command that reads one, file or saved: one loader, with migration.
 */
class OldFormatEverywhereTest {
  @TempDir Path home;

  private Map<String, String> env() {
    return Map.of("LANG", "en_US.UTF-8", "HOME", home.toString(),
        "CROSSROADS_HOME", home.resolve("crossroads").toString());
  }

  /** The example, written as format 0 would have written it. */
  private Path v0(String example, String fileName) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode tree = (ObjectNode) mapper.readTree(Path.of("docs/examples", example).toFile());
    tree.put("schemaVersion", 0);
    tree.set("weights", tree.get("weights").get("points"));
    Path file = home.resolve(fileName);
    Files.writeString(file, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(tree));
    return file;
  }

  private ProfileStore store() {
    return ProfileStore.open(ProfilePaths.resolve(Optional.empty(), env(), home));
  }

  @Test
  void analyzeReadsAnOldFileAsImportDoes() throws IOException {
    Path old = v0("grad-school.json", "old.json");

    CommandRun run = CommandRun.of(env(), "analyze", old.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("Ranking");
    assertThat(CommandRun.of(env(), "analyze", old.toString(), "--format", "json").out())
        .isEqualTo(CommandRun.of(env(), "analyze", "docs/examples/grad-school.json", "--format",
            "json").out());
  }

  @Test
  void moneyReadsAnOldFile() throws IOException {
    Path old = v0("grad-school-money.json", "old-money.json");

    CommandRun run = CommandRun.of(env(), "money", old.toString(), "--format", "json");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).isEqualTo(CommandRun.of(env(), "money",
        "docs/examples/grad-school-money.json", "--format", "json").out());
  }

  @Test
  void compareWithReadsAnOldFile() throws IOException {
    Path old = v0("grad-school.json", "old.json");
    assertThat(CommandRun.of(env(), "import", "docs/examples/grad-school.json", "--name", "grad")
        .exitCode()).isZero();

    CommandRun run = CommandRun.of(env(), "compare", "grad", "--with", old.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("\"grad\" and \"old.json\"");
  }

  @Test
  void importShowAndEditReadAnOldProfile() throws IOException {
    CommandRun imported =
        CommandRun.of(env(), "import", v0("grad-school.json", "old.json").toString());
    assertThat(imported.exitCode()).as(imported.toString()).isZero();
    // A profile an older crossroads saved, still in its format, in the store itself.
    Path stored = store().paths().profile(ProfileName.of("old"));
    Files.copy(home.resolve("old.json"), stored, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertThat(Files.readString(stored)).containsPattern("\"schemaVersion\"\\s*:\\s*0");

    CommandRun shown = CommandRun.of(env(), "show", "old");
    CommandRun analyzed = CommandRun.of(env(), "analyze", "old");
    CommandRun edited = CommandRun.of(env(), "edit", "old", "--no-input");

    assertThat(shown.exitCode()).as(shown.toString()).isZero();
    assertThat(shown.out()).contains("Master's in Korea (AI lab)");
    assertThat(analyzed.exitCode()).as(analyzed.toString()).isZero();
    assertThat(edited.exitCode()).as(edited.toString()).isZero();
    assertThat(Files.readString(stored)).containsPattern("\"schemaVersion\"\\s*:\\s*1");
  }

  @Test
  void aFileFromANewerCrossroadsIsRefusedByAnalyzeAsByImport() throws IOException {
    Path future = Files.writeString(home.resolve("future.json"),
        Files.readString(Path.of("docs/examples/grad-school.json"))
            .replace("\"schemaVersion\": 1", "\"schemaVersion\": 9"));

    CommandRun analyzed = CommandRun.of(env(), "analyze", future.toString());
    CommandRun imported = CommandRun.of(env(), "import", future.toString());

    assertThat(analyzed.exitCode()).isEqualTo(ExitCode.DATA);
    assertThat(analyzed.err()).isEqualTo(imported.err()).contains("newer crossroads");
  }
}
