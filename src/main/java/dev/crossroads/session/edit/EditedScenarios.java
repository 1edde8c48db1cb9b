package dev.crossroads.session.edit;

import dev.crossroads.Message;
import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Option;
import dev.crossroads.decision.Rating;
import dev.crossroads.decision.Scenario;
import dev.crossroads.decision.WeightInput;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A profile's scenarios carried over to its edited decision. Ratings of options or criteria that
 * are gone are dropped; weights that no longer name exactly the decision's criteria are dropped
 * too (the scenario then uses the base weights), since guessing a weight for a new criterion would
 * put words in the person's mouth. Each scenario that changed says so.
 */
public final class EditedScenarios {
  /** The scenarios as they fit the edited decision, and a line for each one that changed. */
  record Fitted(List<Scenario> scenarios, List<Message> notices) {
    Fitted {
      scenarios = List.copyOf(scenarios);
      notices = List.copyOf(notices);
    }
  }

  private EditedScenarios() {}

  static Fitted fit(List<Scenario> scenarios, Decision edited) {
    Set<String> options = new HashSet<>(edited.options().stream().map(Option::id).toList());
    Set<String> criteria = new HashSet<>(edited.criteria().stream().map(Criterion::id).toList());
    List<Scenario> out = new ArrayList<>();
    List<Message> notices = new ArrayList<>();
    for (Scenario s : scenarios) {
      Map<String, Map<String, Rating>> ratings = new LinkedHashMap<>();
      boolean droppedRatings = false;
      for (Map.Entry<String, Map<String, Rating>> row : s.ratings().entrySet()) {
        Map<String, Rating> kept = new LinkedHashMap<>();
        row.getValue().forEach((criterion, rating) -> {
          if (options.contains(row.getKey()) && criteria.contains(criterion)) {
            kept.put(criterion, rating);
          }
        });
        droppedRatings |= kept.size() != row.getValue().size();
        if (!kept.isEmpty()) {
          ratings.put(row.getKey(), kept);
        }
      }
      Optional<WeightInput> weights = s.weights().filter(w -> names(w).equals(criteria));
      if (s.weights().isPresent() && weights.isEmpty()) {
        notices.add(Message.of("session.edit.scenarioWeights", s.name()));
      }
      if (droppedRatings) {
        notices.add(Message.of("session.edit.scenarioRatings", s.name()));
      }
      out.add(new Scenario(s.name(), s.description(), weights, ratings));
    }
    return new Fitted(out, notices);
  }

  /** The criteria a weighting input speaks of. */
  private static Set<String> names(WeightInput w) {
    Set<String> out = new HashSet<>();
    if (w instanceof WeightInput.Shared s) {
      out.addAll(names(s.rest()));
      out.add(s.criterion());
    } else if (w instanceof WeightInput.Points p) {
      out.addAll(p.points().keySet());
    } else if (w instanceof WeightInput.Direct d) {
      out.addAll(d.weights().keySet());
    } else if (w instanceof WeightInput.RankOrder r) {
      out.addAll(r.order());
    } else if (w instanceof WeightInput.Pairwise p) {
      p.judgements().forEach(j -> {
        out.add(j.a());
        out.add(j.b());
      });
    }
    return out;
  }
}
