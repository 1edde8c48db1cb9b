package dev.crossroads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.questions.TemplateBank;
import dev.crossroads.questions.TemplateSources;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReflectionPromptsTest {
  private static final TemplateBank BUILT_IN = new TemplateBank(TemplateSources.builtInOnly());

  @Test
  void theDecisionsOwnTemplateGivesThePromptsInTheLanguageAsked() {
    Map<String, String> en = ReflectionPrompts.of(BUILT_IN, "grad-school", "en");
    Map<String, String> ko = ReflectionPrompts.of(BUILT_IN, "grad-school", "ko");

    assertThat(en).containsEntry("change-mind", "What would you need to learn to change your mind?");
    assertThat(ko).containsEntry("change-mind", "무엇을 알게 되면 생각이 바뀔까요?");
    assertThat(en.get("uncertainties")).contains("you don't know yet");
  }

  @Test
  void anUnknownTemplateFallsBackToTheBlankTemplatesPrompts() {
    Map<String, String> prompts = ReflectionPrompts.of(BUILT_IN, "grad-vs-industry", "en");

    assertThat(prompts).containsKeys("uncertainties", "change-mind", "premortem", "plan-b", "regret");
    assertThat(ReflectionPrompts.of(BUILT_IN, "", "en")).isEqualTo(prompts);
  }

  @Test
  void aTemplatesOwnWordingWinsOverTheBlankOnesAndABrokenTemplateIsSkipped(@TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve("broken.yaml"), "id: [", StandardCharsets.UTF_8);
    TemplateBank bank = new TemplateBank(new TemplateSources(Optional.empty(), Optional.of(dir)));

    Map<String, String> prompts = ReflectionPrompts.of(bank, "broken", "en");

    assertThat(prompts).isEqualTo(ReflectionPrompts.of(BUILT_IN, "blank", "en"));
  }
}
