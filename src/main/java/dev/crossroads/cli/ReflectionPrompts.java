package dev.crossroads.cli;

import dev.crossroads.Problem;
import dev.crossroads.questions.ReflectionPrompt;
import dev.crossroads.questions.Template;
import dev.crossroads.questions.TemplateBank;
import dev.crossroads.questions.TemplateSources;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The text of the reflection prompts a decision's answers replied to, by prompt id, in one
 * language: from the template the decision started from, then from the blank template, whose
 * prompts (uncertainties, what would change your mind, Plan B, regret...) every template shares.
 * A template that is gone or broken is skipped: the sheet then names the answer by its id.
 */
final class ReflectionPrompts {
  /** The template whose prompts stand in for those of an unknown template. */
  static final String GENERIC = "blank";

  private ReflectionPrompts() {}

  static Map<String, String> of(AppContext app, String templateId, String language) {
    return of(new TemplateBank(TemplateSources.from(app.env(), Optional.empty())), templateId, language);
  }

  static Map<String, String> of(TemplateBank bank, String templateId, String language) {
    Map<String, String> prompts = new LinkedHashMap<>();
    for (String id : templateId.isBlank() ? List.of(GENERIC) : List.of(templateId, GENERIC)) {
      for (ReflectionPrompt prompt : template(bank, id).map(Template::reflection).orElse(List.of())) {
        prompts.putIfAbsent(prompt.id(), prompt.text().in(language));
      }
    }
    return prompts;
  }

  private static Optional<Template> template(TemplateBank bank, String id) {
    try {
      return bank.find(id);
    } catch (Problem e) {
      return Optional.empty();
    }
  }
}
