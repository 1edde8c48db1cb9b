package dev.crossroads.session.question;

import dev.crossroads.Problem;
import dev.crossroads.decision.Option;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A template's option and criterion labels in the language the session is not in, by id: a
 * Korean session still finds "Growth", an English one "성장".
 */
public final class Aliases {
  private Aliases() {}

  public static Map<String, List<String>> of(Catalogue catalogue, String templateId, String language) {
    Blueprint other;
    try {
      other = catalogue.blueprint(templateId, "ko".equals(language) ? "en" : "ko");
    } catch (Problem | IllegalArgumentException e) {
      // Without the other language, names are found in the session's language alone.
      return Map.of();
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Option o : other.options()) {
      out.put(o.id(), List.of(o.label()));
    }
    for (CriterionInfo c : other.catalogue()) {
      out.put(c.id(), List.of(c.label()));
    }
    return out;
  }
}
