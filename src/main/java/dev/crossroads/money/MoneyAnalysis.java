package dev.crossroads.money;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The one entry point: money models per option in, projections and break-evens out. */
public final class MoneyAnalysis {
  private MoneyAnalysis() {}

  /**
   * Projects every option in both cases and finds every ordered pair's break-even. Options keep
   * the map's iteration order (pass a LinkedHashMap to control it).
   *
   * @throws dev.crossroads.Problem (bad data) when a figure is unusable
   */
  public static MoneyResult analyze(Map<String, MoneyModel> byOption, MoneySettings settings) {
    MoneyChecks.check(byOption, settings);
    List<OptionMoney> options = new ArrayList<>();
    byOption.forEach(
        (id, model) ->
            options.add(
                new OptionMoney(
                    id,
                    CashFlows.project(model, MoneyCase.CONSERVATIVE, settings),
                    CashFlows.project(model, MoneyCase.OPTIMISTIC, settings))));
    List<BreakEvenBand> breakEvens = new ArrayList<>();
    for (OptionMoney option : options) {
      for (OptionMoney against : options) {
        if (option == against) {
          continue;
        }
        for (boolean discounted : new boolean[] {false, true}) {
          breakEvens.add(band(option, against, discounted));
        }
      }
    }
    return new MoneyResult(settings, options, breakEvens);
  }

  private static BreakEvenBand band(OptionMoney option, OptionMoney against, boolean discounted) {
    return new BreakEvenBand(
        option.option(),
        against.option(),
        discounted,
        BreakEvens.find(option.conservative().rows(), against.conservative().rows(), discounted),
        BreakEvens.find(option.optimistic().rows(), against.optimistic().rows(), discounted));
  }
}
