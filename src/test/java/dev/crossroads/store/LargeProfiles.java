package dev.crossroads.store;

import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Direction;
import dev.crossroads.decision.Option;
import dev.crossroads.decision.Rating;
import dev.crossroads.decision.WeightInput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Profiles of any size, ids o0.. and c0.., for tests of the limits. */
public final class LargeProfiles {
  private LargeProfiles() {}

  public static Decision decision(int options, int criteria) {
    List<Option> os = new ArrayList<>();
    for (int i = 0; i < options; i++) {
      os.add(new Option("o" + i, "Option " + i));
    }
    List<Criterion> cs = new ArrayList<>();
    Map<String, Double> points = new LinkedHashMap<>();
    for (int j = 0; j < criteria; j++) {
      cs.add(Criterion.rating("c" + j, "Criterion " + j, Direction.BENEFIT));
      points.put("c" + j, 1.0 + j % 5);
    }
    Map<String, Map<String, Rating>> ratings = new LinkedHashMap<>();
    for (int i = 0; i < options; i++) {
      Map<String, Rating> row = new LinkedHashMap<>();
      for (int j = 0; j < criteria; j++) {
        row.put("c" + j, (i + j) % 3 == 0 ? Rating.range(2, 5, 9) : Rating.of(1 + (i + j) % 10));
      }
      ratings.put("o" + i, row);
    }
    return Decision.of("Large", os, cs, new WeightInput.Points(points), ratings);
  }

  public static String json(int options, int criteria) {
    return ProfileCodec.standard().toJson(decision(options, criteria));
  }
}
