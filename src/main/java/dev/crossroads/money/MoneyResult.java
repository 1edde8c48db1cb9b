package dev.crossroads.money;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the money view shows: each option's projections (in the order given) and the
 * break-even of every option against every other, on plain and on discounted cumulatives.
 */
public record MoneyResult(
    MoneySettings settings, List<OptionMoney> options, List<BreakEvenBand> breakEvens) {
  public MoneyResult {
    Objects.requireNonNull(settings, "settings");
    options = List.copyOf(options);
    breakEvens = List.copyOf(breakEvens);
  }

  public Optional<OptionMoney> option(String id) {
    return options.stream().filter(o -> o.option().equals(id)).findFirst();
  }

  public Optional<BreakEvenBand> breakEven(String option, String against, boolean discounted) {
    return breakEvens.stream()
        .filter(
            b ->
                b.option().equals(option)
                    && b.against().equals(against)
                    && b.discounted() == discounted)
        .findFirst();
  }
}
