package dev.crossroads.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Direction;
import dev.crossroads.decision.NextStep;
import dev.crossroads.decision.Option;
import dev.crossroads.decision.Plan;
import dev.crossroads.decision.Rating;
import dev.crossroads.decision.WeightInput;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgendaTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  static Decision decision(String title, NextStep... steps) {
    Decision d = Decision.of(title, List.of(new Option("a", "A"), new Option("b", "B")),
        List.of(Criterion.rating("growth", "Growth", Direction.BENEFIT)),
        new WeightInput.Points(Map.of("growth", 1.0)),
        Map.of("a", Map.of("growth", Rating.of(5)), "b", Map.of("growth", Rating.of(6))));
    return d.withMeta(d.meta().withPlan(new Plan("Do A", "", "", List.of(steps), "")));
  }

  private static NextStep step(String what, LocalDate by) {
    return new NextStep(what, by);
  }

  @Test
  void overdueStepsComeFirstTheLongestOverdueOnTopThenTheRestByDate() {
    Map<String, Decision> saved = new LinkedHashMap<>();
    saved.put("grad", decision("Grad school", step("Ask the lab", TODAY.plusDays(3)),
        step("Read postings", TODAY.minusDays(2))));
    saved.put("move", decision("Abroad", step("Book the visa talk", TODAY.minusDays(10)),
        step("Call home", TODAY)));

    Agenda agenda = Agenda.of(saved, TODAY);

    assertThat(agenda.overdue()).extracting(i -> i.step().what())
        .containsExactly("Book the visa talk", "Read postings");
    assertThat(agenda.overdue()).extracting(Agenda.Item::days).containsExactly(-10L, -2L);
    assertThat(agenda.upcoming()).extracting(i -> i.step().what())
        .containsExactly("Call home", "Ask the lab");
    assertThat(agenda.upcoming()).extracting(Agenda.Item::name).containsExactly("move", "grad");
    assertThat(agenda.upcoming()).extracting(Agenda.Item::days).containsExactly(0L, 3L);
  }

  @Test
  void stepsOnTheSameDayKeepTheDecisionsOrderAndEachPlansOwn() {
    Map<String, Decision> saved = new LinkedHashMap<>();
    LocalDate day = TODAY.plusDays(5);
    saved.put("second", decision("B", step("b1", day), step("b2", day)));
    saved.put("first", decision("A", step("a1", day)));

    assertThat(Agenda.of(saved, TODAY).upcoming()).extracting(i -> i.step().what())
        .containsExactly("b1", "b2", "a1");
  }

  @Test
  void decisionsWithoutAPlanGiveAnEmptyAgenda() {
    Map<String, Decision> saved = Map.of("bare", decision("Bare"));

    Agenda agenda = Agenda.of(saved, TODAY);

    assertThat(agenda.isEmpty()).isTrue();
    assertThat(Agenda.of(Map.of(), TODAY).isEmpty()).isTrue();
  }
}
