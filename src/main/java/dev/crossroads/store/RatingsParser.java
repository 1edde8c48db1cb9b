package dev.crossroads.store;

import dev.crossroads.decision.Limits;
import dev.crossroads.decision.Rating;
import dev.crossroads.decision.RatingScale;
import dev.crossroads.decision.Scale;
import dev.crossroads.store.FieldReader.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads a ratings table (option id, then criterion id, then a number or a range) and checks each
 * value against its criterion's scale. The base table must rate every option on every criterion;
 * a scenario's table overrides only some cells.
 */
final class RatingsParser {
  private final FieldReader in;
  private final Declared ids;
  private final Set<String> fedElsewhere;

  RatingsParser(FieldReader in, Declared ids) {
    this(in, ids, Set.of());
  }

  /** {@code fedElsewhere}: criteria rated by the money view, which the base table may leave out. */
  RatingsParser(FieldReader in, Declared ids, Set<String> fedElsewhere) {
    this.in = in;
    this.ids = ids;
    this.fedElsewhere = Set.copyOf(fedElsewhere);
  }

  Optional<Map<String, Map<String, Rating>>> read(Node table, boolean complete) {
    if (in.object(table).isEmpty()) {
      return Optional.empty();
    }
    int before = in.problemCount();
    Map<String, Map<String, Rating>> ratings = new LinkedHashMap<>();
    in.atMost(table, Limits.MAX_OPTIONS);
    Map<String, Node> rows = in.members(table);
    for (Map.Entry<String, Node> row : rows.entrySet()) {
      String option = row.getKey();
      if (ids.unknownOption(option)) {
        in.atName(row.getValue(), "store.unknownOption", option, ids.optionList());
      } else if (in.object(row.getValue()).isPresent()) {
        ratings.put(option, row(option, row.getValue(), complete));
      }
    }
    if (complete && ids.optionsRead()) {
      for (String option : ids.options()) {
        if (!rows.containsKey(option)) {
          in.atValue(table, "store.missingRow", option);
        }
      }
    }
    return in.problemCount() == before ? Optional.of(ratings) : Optional.empty();
  }

  private Map<String, Rating> row(String option, Node rowNode, boolean complete) {
    Map<String, Rating> row = new LinkedHashMap<>();
    in.atMost(rowNode, Limits.MAX_CRITERIA);
    Map<String, Node> cells = in.members(rowNode);
    for (Map.Entry<String, Node> cell : cells.entrySet()) {
      String criterion = cell.getKey();
      if (ids.unknownCriterion(criterion)) {
        in.atName(cell.getValue(), "store.unknownCriterion", criterion, ids.criterionList());
      } else {
        rating(option, criterion, cell.getValue()).ifPresent(r -> row.put(criterion, r));
      }
    }
    if (complete && ids.criteriaRead()) {
      List<String> missing = new ArrayList<>(ids.criteria());
      missing.removeAll(cells.keySet());
      missing.removeAll(fedElsewhere);
      if (!missing.isEmpty()) {
        in.atValue(rowNode, "store.missingRating", option, WeightsParser.quoted(missing));
      }
    }
    return row;
  }

  private Optional<Rating> rating(String option, String criterion, Node cell) {
    Scale scale = ids.scales().get(criterion);
    if (cell.json().isNumber()) {
      OptionalDouble value = in.number(cell);
      if (value.isEmpty()) {
        return Optional.empty();
      }
      if (scale instanceof RatingScale r && !r.contains(value.getAsDouble())) {
        in.atValue(cell, "store.ratingOutside", option, criterion, PlainNumber.format(value.getAsDouble()),
            PlainNumber.format(r.min()), PlainNumber.format(r.max()));
        return Optional.empty();
      }
      return Optional.of(Rating.of(value.getAsDouble()));
    }
    if (!cell.json().isObject()) {
      in.atValue(cell, "store.notRating", option, criterion);
      return Optional.empty();
    }
    int before = in.problemCount();
    in.allowOnly(cell, Set.of("low", "likely", "high"));
    OptionalDouble low = part(option, criterion, cell, "low", true, scale);
    OptionalDouble likely = part(option, criterion, cell, "likely", false, scale);
    OptionalDouble high = part(option, criterion, cell, "high", true, scale);
    if (low.isEmpty() || high.isEmpty()) {
      return Optional.empty();
    }
    String range = PlainNumber.format(low.getAsDouble()) + ".." + PlainNumber.format(high.getAsDouble());
    if (low.getAsDouble() > high.getAsDouble()) {
      in.atValue(cell, "store.rangeOrder", option, criterion, range);
    } else if (likely.isPresent()
        && (likely.getAsDouble() < low.getAsDouble() || likely.getAsDouble() > high.getAsDouble())) {
      in.field(cell, "likely", false).ifPresent(
          n -> in.atValue(n, "store.likelyOutside", option, criterion, PlainNumber.format(likely.getAsDouble()), range));
    }
    if (in.problemCount() != before) {
      return Optional.empty();
    }
    return Optional.of(new Rating.Range(low.getAsDouble(), likely, high.getAsDouble()));
  }

  private OptionalDouble part(String option, String criterion, Node range, String name, boolean required, Scale scale) {
    Optional<Node> node = in.field(range, name, required);
    if (node.isEmpty()) {
      return OptionalDouble.empty();
    }
    OptionalDouble value = in.number(node.get());
    if (value.isPresent() && scale instanceof RatingScale r && !r.contains(value.getAsDouble())) {
      in.atValue(node.get(), "store.partOutside", name, option, criterion, PlainNumber.format(value.getAsDouble()),
          PlainNumber.format(r.min()), PlainNumber.format(r.max()));
    }
    return value;
  }
}
