package dev.crossroads.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Hindsight;
import dev.crossroads.decision.JournalEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class HindsightsTest {
  private static final LocalDate DAY = LocalDate.of(2027, 3, 1);

  private static JournalEntry entry(LocalDate date, String chose, String gut, String model,
      Hindsight hindsight) {
    return new JournalEntry(date, Optional.ofNullable(chose), OptionalInt.of(7), "",
        Optional.ofNullable(hindsight), Optional.ofNullable(gut), Optional.ofNullable(model),
        OptionalDouble.of(0.6));
  }

  private static Decision with(JournalEntry... entries) {
    Decision d = AgendaTest.decision("D");
    return d.withMeta(d.meta().withJournal(List.of(entries)));
  }

  @Test
  void countsAgreementAndWhomThePersonFollowedFromTheLatestLookBackOfEachDecision() {
    List<Decision> all = List.of(
        // Agreed, and chose it.
        with(entry(DAY, "Job", "Job", "Job", Hindsight.ABOUT_RIGHT)),
        // Differed, followed the gut; an older look back said otherwise and does not count.
        with(entry(DAY.minusDays(90), "Lab", "Lab", "Job", Hindsight.TOO_SURE),
            entry(DAY, "Lab", "Lab", "Job", Hindsight.TOO_SURE)),
        // Differed, followed the model.
        with(entry(DAY, "Job", "Lab", "Job", null)),
        // Differed, did something else.
        with(entry(DAY, "A gap year", "Lab", "Job", Hindsight.NOT_SURE_ENOUGH)),
        // No look back at all.
        AgendaTest.decision("untouched"));

    Hindsights h = Hindsights.of(all);

    assertThat(h.reviewed()).isEqualTo(4);
    assertThat(h.compared()).isEqualTo(4);
    assertThat(h.agreed()).isEqualTo(1);
    assertThat(h.agreedAndChosen()).isEqualTo(1);
    assertThat(h.followedGut()).isEqualTo(1);
    assertThat(h.followedModel()).isEqualTo(1);
    assertThat(h.followedNeither()).isEqualTo(1);
    assertThat(h.hindsight()).containsEntry(Hindsight.TOO_SURE, 1)
        .containsEntry(Hindsight.ABOUT_RIGHT, 1).containsEntry(Hindsight.NOT_SURE_ENOUGH, 1);
    assertThat(h.judged()).isEqualTo(3);
  }

  @Test
  void aLookBackWithoutAGutFirstOrAChoiceIsNotCountedAsAgreementOrFollowing() {
    Hindsights h = Hindsights.of(List.of(
        with(entry(DAY, "Job", null, "Job", null)),
        with(entry(DAY, null, "Lab", "Job", Hindsight.ABOUT_RIGHT))));

    assertThat(h.reviewed()).isEqualTo(2);
    assertThat(h.compared()).isEqualTo(1);
    assertThat(h.agreed()).isZero();
    assertThat(h.differedAndChoiceKnown()).isZero();
  }

  @Test
  void anEntryThatSaysNothingIsNotALookBack() {
    JournalEntry empty = new JournalEntry(DAY, Optional.empty(), OptionalInt.empty(), "",
        Optional.empty(), Optional.of("Lab"), Optional.of("Job"), OptionalDouble.of(0.5));

    assertThat(Hindsights.of(List.of(with(empty))).reviewed()).isZero();
  }

  @RepeatedTest(200)
  void theCountsAlwaysAddUp(RepetitionInfo repetition) {
    long seed = repetition.getCurrentRepetition();
    SplittableRandom random = new SplittableRandom(seed);
    List<String> labels = List.of("Job", "Lab", "Gap");
    List<Decision> all = new ArrayList<>();
    for (int d = random.nextInt(8); d > 0; d--) {
      List<JournalEntry> entries = new ArrayList<>();
      for (int e = random.nextInt(3); e > 0; e--) {
        entries.add(entry(DAY.plusDays(random.nextInt(30)),
            random.nextInt(4) == 0 ? null : labels.get(random.nextInt(3)),
            random.nextInt(4) == 0 ? null : labels.get(random.nextInt(3)),
            random.nextInt(4) == 0 ? null : labels.get(random.nextInt(3)),
            random.nextBoolean() ? null : Hindsight.values()[random.nextInt(3)]));
      }
      all.add(with(entries.toArray(JournalEntry[]::new)));
    }

    Hindsights h = Hindsights.of(all);

    String why = "seed " + seed;
    assertThat(h.compared()).as(why).isLessThanOrEqualTo(h.reviewed());
    assertThat(h.agreed()).as(why).isLessThanOrEqualTo(h.compared());
    assertThat(h.agreedAndChosen()).as(why).isLessThanOrEqualTo(h.agreedAndChoiceKnown());
    assertThat(h.agreedAndChoiceKnown()).as(why).isLessThanOrEqualTo(h.agreed());
    assertThat(h.differedAndChoiceKnown()).as(why)
        .isLessThanOrEqualTo(h.compared() - h.agreed());
    assertThat(h.judged()).as(why).isLessThanOrEqualTo(h.reviewed());
  }
}
