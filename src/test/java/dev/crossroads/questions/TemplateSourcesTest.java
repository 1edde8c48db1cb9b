package dev.crossroads.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TemplateSourcesTest {
  @Test
  void theConfigDirectoryFollowsXdgConfigHome() {
    TemplateSources sources =
        TemplateSources.from(
            Map.of("XDG_CONFIG_HOME", "/x/conf", "HOME", "/home/u"), Optional.empty());

    assertThat(sources.configDir()).contains(Path.of("/x/conf/crossroads/questions"));
  }

  @Test
  void withoutXdgConfigHomeTheConfigDirectoryIsUnderHomeDotConfig() {
    TemplateSources sources = TemplateSources.from(Map.of("HOME", "/home/u"), Optional.empty());

    assertThat(sources.configDir()).contains(Path.of("/home/u/.config/crossroads/questions"));
  }

  @Test
  void aRelativeXdgConfigHomeIsIgnoredAsTheSpecificationAsks() {
    TemplateSources sources =
        TemplateSources.from(
            Map.of("XDG_CONFIG_HOME", "relative/conf", "HOME", "/home/u"), Optional.empty());

    assertThat(sources.configDir()).contains(Path.of("/home/u/.config/crossroads/questions"));
  }

  @Test
  void withNeitherVariableThereIsNoConfigDirectory() {
    assertThat(TemplateSources.from(Map.of(), Optional.empty()).configDir()).isEmpty();
  }

  @Test
  void theQuestionsDirectoryIsKeptAsGiven() {
    TemplateSources sources = TemplateSources.from(Map.of(), Optional.of(Path.of("my/q")));

    assertThat(sources.questionsDir()).contains(Path.of("my/q"));
  }
}
