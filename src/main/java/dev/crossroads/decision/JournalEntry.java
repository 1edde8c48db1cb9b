package dev.crossroads.decision;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One look back at a decision, on {@code date}: what was chosen, how it went, what was learned,
 * and how the summary's chance looks now. It also keeps what the person's gut and the model put
 * first on that day, and the chance the model gave, as labels and numbers rather than ids: an
 * entry is a record of the past and keeps its meaning after the options are edited.
 *
 * @param chose the option chosen, by its label, or what the person did instead, in their words
 * @param outcome how it went, 1 (badly) to 10 (very well)
 * @param learned what the person learned, in their words ("" when not said)
 * @param gutFirst the label of the gut ranking's first option on that day
 * @param modelFirst the label of the option the analysis put first on that day (none for a tie,
 *     or when no option passed the dealbreakers)
 * @param modelChance the share of plausible versions of the answers in which {@code modelFirst}
 *     came first, 0..1
 */
public record JournalEntry(
    LocalDate date,
    Optional<String> chose,
    OptionalInt outcome,
    String learned,
    Optional<Hindsight> hindsight,
    Optional<String> gutFirst,
    Optional<String> modelFirst,
    OptionalDouble modelChance) {

  public static final int WORST = 1;
  public static final int BEST = 10;

  public JournalEntry {
    Objects.requireNonNull(date, "date");
    chose = Objects.requireNonNull(chose, "chose").filter(c -> !c.isBlank());
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(learned, "learned");
    Objects.requireNonNull(hindsight, "hindsight");
    Objects.requireNonNull(gutFirst, "gutFirst");
    Objects.requireNonNull(modelFirst, "modelFirst");
    Objects.requireNonNull(modelChance, "modelChance");
  }

  /** True when the person answered none of the questions: such an entry is not worth keeping. */
  public boolean saysNothing() {
    return chose.isEmpty() && outcome.isEmpty() && learned.isBlank() && hindsight.isEmpty();
  }
}
