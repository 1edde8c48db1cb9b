package dev.crossroads.store;

import dev.crossroads.decision.Limits;
import dev.crossroads.money.OverlapChoice;
import dev.crossroads.store.FieldReader.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the optional top-level "moneyOverlap" object: what the person said about criteria that
 * count money beside the money view's own ({@code {"keep": "view" | "both", "criteria": [...]}}).
 * It sits at the top level, where older readers skip what they do not know, and is read only
 * with a "money" object.
 */
record OverlapParser(FieldReader in, Declared ids) {
  static final String FIELD = "moneyOverlap";
  static final String VIEW = "view";
  static final String BOTH = "both";

  private static final Set<String> FIELDS = Set.of("keep", "criteria");

  Optional<OverlapChoice> read(Node overlap) {
    if (in.object(overlap).isEmpty()) {
      return Optional.empty();
    }
    int before = in.problemCount();
    in.allowOnly(overlap, FIELDS);
    Optional<Node> keepNode = in.field(overlap, "keep", true);
    Optional<OverlapChoice.Keep> keep = keepNode.flatMap(in::text).flatMap(k -> {
      if (k.equals(VIEW)) {
        return Optional.of(OverlapChoice.Keep.VIEW_ONLY);
      }
      if (k.equals(BOTH)) {
        return Optional.of(OverlapChoice.Keep.BOTH);
      }
      in.atValue(keepNode.get(), "store.overlap.badKeep", k);
      return Optional.empty();
    });
    List<String> criteria = new ArrayList<>();
    for (Node item : in.array(overlap, "criteria", true, Limits.MAX_CRITERIA).orElse(List.of())) {
      Optional<String> id = in.text(item);
      if (id.isPresent() && ids.unknownCriterion(id.get())) {
        in.atValue(item, "store.unknownCriterion", id.get(), ids.criterionList());
      } else {
        id.filter(x -> !criteria.contains(x)).ifPresent(criteria::add);
      }
    }
    if (in.problemCount() != before || keep.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new OverlapChoice(keep.get(), criteria));
  }

  static String keep(OverlapChoice choice) {
    return choice.keep() == OverlapChoice.Keep.BOTH ? BOTH : VIEW;
  }
}
