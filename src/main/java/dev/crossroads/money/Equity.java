package dev.crossroads.money;

import java.util.Objects;

/**
 * Startup shares, counted once as cash in the model year they vest (or can be sold). The value is
 * a band because it is the least certain number in the model: the conservative end is often zero.
 */
public record Equity(Band value, int vestingYear) {
  public Equity {
    Objects.requireNonNull(value, "value");
  }
}
