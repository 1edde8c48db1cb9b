package dev.crossroads.report;

import dev.crossroads.Numbers;

import dev.crossroads.Messages;
import dev.crossroads.decision.JournalEntry;
import dev.crossroads.decision.Meta;
import dev.crossroads.decision.NextStep;
import dev.crossroads.decision.Plan;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan, its next steps and the journal as the sheet shows them: each part the person wrote
 * under its name, the steps by date, and each look back as a few plain sentences under its date.
 */
final class PlanPairs {
  private final Messages messages;

  PlanPairs(Messages messages) {
    this.messages = messages;
  }

  DecisionSheet.Pairs plan(Plan plan) {
    List<DecisionSheet.Pair> items = new ArrayList<>();
    add(items, "plan.sheet.a", plan.a());
    add(items, "plan.sheet.b", plan.b());
    add(items, "plan.sheet.z", plan.z());
    add(items, "plan.sheet.signals", plan.signals());
    return new DecisionSheet.Pairs(messages.get("plan.sheet.heading"), items);
  }

  DecisionSheet.Pairs steps(Plan plan) {
    List<DecisionSheet.Pair> items = new ArrayList<>();
    for (NextStep step : plan.steps()) {
      items.add(new DecisionSheet.Pair(step.by().toString(), step.what().strip()));
    }
    return new DecisionSheet.Pairs(messages.get("plan.sheet.steps"), items);
  }

  DecisionSheet.Pairs journal(Meta meta) {
    List<DecisionSheet.Pair> items = new ArrayList<>();
    for (JournalEntry e : meta.journal()) {
      if (!e.saysNothing()) {
        items.add(new DecisionSheet.Pair(e.date().toString(), entry(e)));
      }
    }
    return new DecisionSheet.Pairs(messages.get("plan.sheet.journal"), items);
  }

  /** One look back: what was chosen and how it went on a line, what was learned on the next. */
  private String entry(JournalEntry e) {
    List<String> first = new ArrayList<>();
    e.chose().ifPresent(c -> first.add(messages.get("plan.sheet.chose", c.strip())));
    e.outcome().ifPresent(o -> first.add(messages.get("plan.sheet.outcome", o)));
    e.hindsight().ifPresent(h -> first.add(
        e.modelChance().isPresent() && e.modelFirst().isPresent()
            ? messages.get("plan.sheet.hindsight." + h.id(),
                Numbers.percent(e.modelChance().getAsDouble()), e.modelFirst().get())
            : messages.get("plan.sheet.hindsightNoChance." + h.id())));
    List<String> lines = new ArrayList<>();
    if (!first.isEmpty()) {
      lines.add(String.join(" ", first));
    }
    if (!e.learned().isBlank()) {
      lines.add(messages.get("plan.sheet.learned", e.learned().strip()));
    }
    return String.join("\n", lines);
  }

  private void add(List<DecisionSheet.Pair> items, String key, String text) {
    if (!text.isBlank()) {
      items.add(new DecisionSheet.Pair(messages.get(key), text.strip()));
    }
  }
}
