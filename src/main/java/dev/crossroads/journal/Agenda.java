package dev.crossroads.journal;

import dev.crossroads.decision.Decision;
import dev.crossroads.decision.NextStep;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The next steps of many decisions on one list, by date: those overdue first (the longest
 * overdue at the top), then those due today and later. Steps on the same day keep the order of
 * the decisions given and, within one decision, the plan's own order.
 *
 * @param overdue steps whose date is before today
 * @param upcoming steps due today or later
 */
public record Agenda(List<Item> overdue, List<Item> upcoming) {

  public Agenda {
    overdue = List.copyOf(overdue);
    upcoming = List.copyOf(upcoming);
  }

  /**
   * One step of one decision.
   *
   * @param name the name the decision is saved under
   * @param title the decision's title
   * @param days days from today to the step's date: negative when overdue, 0 today
   */
  public record Item(String name, String title, NextStep step, long days) {}

  /** The steps of {@code decisions} (by saved name, in the order to keep for ties) on {@code today}. */
  public static Agenda of(Map<String, Decision> decisions, LocalDate today) {
    List<Item> all = new ArrayList<>();
    decisions.forEach((name, decision) -> {
      for (NextStep step : decision.meta().plan().steps()) {
        all.add(new Item(name, decision.title(), step, ChronoUnit.DAYS.between(today, step.by())));
      }
    });
    // A stable sort: ties keep the decisions' order and each plan's own.
    all.sort(Comparator.comparing(item -> item.step().by()));
    return new Agenda(all.stream().filter(i -> i.days() < 0).toList(),
        all.stream().filter(i -> i.days() >= 0).toList());
  }

  public boolean isEmpty() {
    return overdue.isEmpty() && upcoming.isEmpty();
  }
}
