package dev.crossroads.analysis;

import dev.crossroads.Present;
import dev.crossroads.decision.Gate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The one answer of an analysis, decided once here and only printed by every renderer: which
 * option comes out ahead, how sure that is, why, and the smallest change that would overturn it.
 * The rule that decides the kind is {@link VerdictRule}; its thresholds travel with the verdict
 * so a reader (or a script) sees what "clear" meant.
 *
 * @param kind what kind of answer this is
 * @param leader the weighted-sum winner on the person's own (central) answers; it always passes
 *     every dealbreaker; empty only when no option does
 * @param runnerUp the next option that passes every dealbreaker, in weighted-sum order
 * @param chanceFirst the leader's share of the Monte Carlo draws in which it came first (0 when
 *     there is no leader)
 * @param rival the option other than the leader most often first in the draws, if any ever was
 * @param rivalChance the rival's share of draws in which it came first (0 when none)
 * @param leaderChanceFailsDealbreaker the share of draws in which the leader's drawn ratings fail a
 *     dealbreaker
 * @param reason why the kind was chosen
 * @param tied for a tie, every option that passes the dealbreakers and scores level with the
 *     leader (the leader included), in option order; else empty
 * @param overturn the smallest single change (a weight or a rating) found that would put another
 *     option first, measured as a share of the weight range or of the rating's scale
 * @param closest when no option passes every dealbreaker, the option nearest to passing
 * @param closestNeeds what the closest option would need: each dealbreaker it fails, with its
 *     value and the limit
 * @param thresholds the thresholds the rule applied
 */
public record Verdict(
    Kind kind,
    Optional<String> leader,
    Optional<String> runnerUp,
    double chanceFirst,
    Optional<String> rival,
    double rivalChance,
    double leaderChanceFailsDealbreaker,
    Reason reason,
    List<String> tied,
    Optional<Overturn> overturn,
    Optional<String> closest,
    List<Shortfall> closestNeeds,
    Thresholds thresholds) {

  public Verdict {
    Present.all("kind", kind, "leader", leader, "runnerUp", runnerUp, "rival", rival,
        "reason", reason);
    tied = List.copyOf(tied);
    Present.all("overturn", overturn, "closest", closest);
    closestNeeds = List.copyOf(closestNeeds);
    Objects.requireNonNull(thresholds, "thresholds");
  }

  /** The kinds of answer, from surest to none. */
  public enum Kind {
    /** The leader passes every dealbreaker, is first in most draws and holds under weight shifts. */
    CLEAR,
    /** The leader is first in at least half of the draws, more often than any other option. */
    LIKELY,
    /** The leader is first on the person's answers, but not in most plausible versions of them. */
    CLOSE,
    /** Two or more options that pass the dealbreakers score exactly level. */
    TIE,
    /** No option passes every dealbreaker on the person's own ratings. */
    NONE_PASSES;

    /** The name scripts see: "clear", "none-passes". */
    public String id() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** Why the rule chose the kind. */
  public enum Reason {
    FIRST_IN_MOST_DRAWS,
    SHIFTS_WITH_A_WEIGHT,
    FIRST_IN_HALF_OR_MORE,
    ANOTHER_MORE_OFTEN_FIRST,
    FIRST_IN_UNDER_HALF,
    EQUAL_SCORES,
    EVERY_OPTION_FAILS;

    public String id() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** The smallest single change that would put another option first. */
  public sealed interface Overturn permits Overturn.ByWeight, Overturn.ByRating {
    /** The option first after the change; empty when no option would pass every dealbreaker. */
    Optional<String> newLeader();

    /** A criterion's weight moved, the others rescaled in proportion. */
    record ByWeight(WeightChange change) implements Overturn {
      @Override
      public Optional<String> newLeader() {
        return Optional.of(change.newWinner());
      }
    }

    /** One rating of one option moved. */
    record ByRating(RatingChange change) implements Overturn {
      @Override
      public Optional<String> newLeader() {
        return change.newWinner();
      }
    }
  }

  /** One dealbreaker the closest option fails: its value now and the limit it must reach. */
  public record Shortfall(String criterionId, Gate gate, double value, double limit) {}

  /**
   * The rule's thresholds.
   *
   * @param clearChance the leader's share of first places a clear verdict needs
   * @param likelyChance the share a likely verdict needs
   * @param weightMargin a clear leader stays first when any one weight moves this far (in weight,
   *     0..1) either way, the others rescaled
   * @param tie weighted scores (0..1) closer than this are a tie
   */
  public record Thresholds(double clearChance, double likelyChance, double weightMargin, double tie) {
    public static final Thresholds DEFAULT = new Thresholds(0.80, 0.50, 0.10, Ranking.TIE);
  }
}
