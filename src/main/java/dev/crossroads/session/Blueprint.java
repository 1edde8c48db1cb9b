package dev.crossroads.session;

import dev.crossroads.decision.Option;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A template as the session needs it, with every text already in the session's language: the
 * default options, the criteria catalogue (some pre-selected), suggested points, and the
 * reflection prompts.
 */
public record Blueprint(
    String id,
    String title,
    String intro,
    List<Option> options,
    List<CriterionInfo> catalogue,
    List<String> preselected,
    Map<String, Double> suggestedPoints,
    List<Reflection> reflections) {

  public Blueprint {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(intro, "intro");
    options = List.copyOf(options);
    catalogue = List.copyOf(catalogue);
    preselected = List.copyOf(preselected);
    suggestedPoints = Collections.unmodifiableMap(new LinkedHashMap<>(suggestedPoints));
    reflections = List.copyOf(reflections);
  }

  public Optional<CriterionInfo> criterion(String id) {
    return catalogue.stream().filter(c -> c.criterion().id().equals(id)).findFirst();
  }
}
