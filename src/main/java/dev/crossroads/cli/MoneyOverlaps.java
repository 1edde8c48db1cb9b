package dev.crossroads.cli;

import dev.crossroads.Problem;
import dev.crossroads.money.MoneyOverlap;
import dev.crossroads.questions.Template;
import dev.crossroads.questions.TemplateBank;
import dev.crossroads.questions.TemplateSources;
import dev.crossroads.store.Profile;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a profile weighs its money twice, with the money criteria its template marks. The
 * question bank is read only for a profile with a money view: the others cannot overlap.
 */
final class MoneyOverlaps {
  private MoneyOverlaps() {}

  static MoneyOverlap of(AppContext app, Profile profile) {
    return of(app.env(), profile);
  }

  static MoneyOverlap of(Map<String, String> env, Profile profile) {
    if (profile.money().isEmpty()) {
      return MoneyOverlap.none();
    }
    return MoneyOverlap.of(profile.resolved(), profile.money(), marked(env, profile));
  }

  private static Set<String> marked(Map<String, String> env, Profile profile) {
    String templateId = profile.decision().meta().templateId();
    if (templateId.isBlank()) {
      return Set.of();
    }
    try {
      return new TemplateBank(TemplateSources.from(env, Optional.empty()))
          .find(templateId)
          .map(Template::moneyCriteria)
          .orElse(Set.of());
    } catch (Problem e) {
      // A broken or missing template still leaves the unit rule, which covers hand-written money.
      return Set.of();
    }
  }
}
