package dev.crossroads.money;

import dev.crossroads.Present;

/**
 * When {@code option} catches up with {@code against}, in the conservative case (both options at
 * their conservative figures) and the optimistic case (both at their optimistic figures), on
 * plain or discounted cumulatives. The two ends are not necessarily ordered: if the other option
 * gains more from the optimistic case, the optimistic break-even can come later.
 */
public record BreakEvenBand(
    String option,
    String against,
    boolean discounted,
    BreakEven conservative,
    BreakEven optimistic) {
  public BreakEvenBand {
    Present.all("option", option, "against", against, "conservative", conservative,
        "optimistic", optimistic);
  }

  public BreakEven at(MoneyCase moneyCase) {
    return moneyCase == MoneyCase.CONSERVATIVE ? conservative : optimistic;
  }
}
