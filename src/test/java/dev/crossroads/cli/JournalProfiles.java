package dev.crossroads.cli;

import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Direction;
import dev.crossroads.decision.JournalEntry;
import dev.crossroads.decision.Meta;
import dev.crossroads.decision.NextStep;
import dev.crossroads.decision.Option;
import dev.crossroads.decision.Plan;
import dev.crossroads.decision.Rating;
import dev.crossroads.decision.WeightInput;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Small decisions with a plan, a review date and a journal, for the commands that read them. Grad
 * school leads the model clearly; the gut ranking puts the startup job first.
 */
final class JournalProfiles {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  private JournalProfiles() {}

  static Decision decision(String title, Optional<LocalDate> review, Plan plan,
      List<JournalEntry> journal) {
    Decision d = Decision.of(title,
        List.of(new Option("grad", "Grad school"), new Option("job", "Startup job")),
        List.of(Criterion.rating("growth", "Growth", Direction.BENEFIT),
            Criterion.rating("pay", "Pay", Direction.BENEFIT)),
        new WeightInput.Points(Map.of("growth", 60.0, "pay", 40.0)),
        Map.of("grad", Map.of("growth", Rating.of(9), "pay", Rating.of(4)),
            "job", Map.of("growth", Rating.of(5), "pay", Rating.of(6))));
    return d.withMeta(new Meta("", Optional.empty(), review, List.of("job", "grad"), plan,
        journal));
  }

  static Decision due(String title) {
    return decision(title, Optional.of(TODAY.minusDays(3)), Plan.NONE, List.of());
  }

  static Plan steps(NextStep... steps) {
    return new Plan("Take the offer", "", "", List.of(steps), "");
  }
}
