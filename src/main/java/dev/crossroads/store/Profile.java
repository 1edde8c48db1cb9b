package dev.crossroads.store;

import dev.crossroads.Present;
import dev.crossroads.decision.Decision;
import dev.crossroads.money.MoneyFeed;
import dev.crossroads.money.MoneyPlan;
import java.util.Optional;

/**
 * Everything a profile file holds: the decision as written, and the optional money view. The two
 * stay apart because the decision model knows nothing of money; {@link #resolved()} joins them.
 */
public record Profile(Decision decision, Optional<MoneyPlan> money) {
  public Profile {
    Present.all("decision", decision, "money", money);
  }

  public static Profile of(Decision decision) {
    return new Profile(decision, Optional.empty());
  }

  /**
   * The decision to analyse: when the money view feeds a criterion, that criterion's ratings are
   * the money view's conservative..optimistic net worth, whatever the file's ratings said.
   */
  public Decision resolved() {
    return money.map(plan -> MoneyFeed.apply(decision, plan)).orElse(decision);
  }
}
