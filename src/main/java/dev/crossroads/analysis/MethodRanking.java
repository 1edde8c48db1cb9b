package dev.crossroads.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One method's scores and ranks, listed from rank 1 down. */
public record MethodRanking(String methodId, List<RankedOption> ranking) {
  public MethodRanking {
    Objects.requireNonNull(methodId, "methodId");
    ranking = List.copyOf(ranking);
  }

  /** The option ranked first. */
  public String winner() {
    return ranking.get(0).optionId();
  }

  /** Option ids from first to last. */
  public List<String> order() {
    return ranking.stream().map(RankedOption::optionId).toList();
  }

  public Optional<RankedOption> option(String optionId) {
    return ranking.stream().filter(r -> r.optionId().equals(optionId)).findFirst();
  }
}
