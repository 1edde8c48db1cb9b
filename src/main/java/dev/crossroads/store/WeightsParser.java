package dev.crossroads.store;

import dev.crossroads.Message;
import dev.crossroads.decision.Limits;
import dev.crossroads.decision.WeightInput;
import dev.crossroads.store.FieldReader.Node;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** Reads a "weights" object (points, direct, rank or pairwise) and checks it names real criteria. */
final class WeightsParser {
  /** Saaty's scale; 0.111 passes as the 1/9 people write by hand. */
  static final double MIN_RATIO = 1.0 / 9 - 0.001;

  static final double MAX_RATIO = 9;

  private final FieldReader in;
  private final Declared ids;

  /** The criterion a "share" gives a fixed percent, while the method's answers are read. */
  private Optional<String> shared = Optional.empty();

  WeightsParser(FieldReader in, Declared ids) {
    this.in = in;
    this.ids = ids;
  }

  Optional<WeightInput> read(Node node) {
    if (in.object(node).isEmpty()) {
      return Optional.empty();
    }
    Optional<Node> shareNode = in.field(node, "share", false);
    shared = Optional.empty();
    if (shareNode.isEmpty()) {
      return method(node);
    }
    // The share is read first: the method's answers must leave its criterion out.
    Optional<Share> share = share(shareNode.get());
    shared = share.map(Share::criterion);
    Optional<WeightInput> rest = method(node);
    if (share.isEmpty() || rest.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new WeightInput.Shared(rest.get(), share.get().criterion(),
        share.get().percent(), share.get().without()));
  }

  private Optional<WeightInput> method(Node node) {
    Optional<Node> methodNode = in.field(node, "method", true);
    Optional<String> method = methodNode.flatMap(in::text);
    if (method.isEmpty()) {
      return Optional.empty();
    }
    switch (method.get()) {
      case "points":
        in.allowOnly(node, Set.of("method", "points", "share"));
        return in.object(node, "points", true).flatMap(this::amounts).map(WeightInput.Points::new);
      case "direct":
        in.allowOnly(node, Set.of("method", "weights", "share"));
        return in.object(node, "weights", true).flatMap(this::amounts).map(WeightInput.Direct::new);
      case "rank":
        in.allowOnly(node, Set.of("method", "order", "share"));
        return in.field(node, "order", true).flatMap(this::rank);
      case "pairwise":
        in.allowOnly(node, Set.of("method", "judgements", "share"));
        return in.field(node, "judgements", true).flatMap(this::pairwise);
      default:
        in.atValue(methodNode.get(), "store.badMethod", method.get());
        return Optional.empty();
    }
  }

  /**
   * "share": one criterion's fixed percent of the weight (what the money view gives net worth),
   * with the criteria that get nothing; the method's own answers weigh the others.
   */
  private Optional<Share> share(Node node) {
    if (in.object(node).isEmpty()) {
      return Optional.empty();
    }
    in.allowOnly(node, Set.of("criterion", "percent", "without"));
    Optional<String> criterion = criterion(node, "criterion");
    Optional<Node> percentNode = in.field(node, "percent", true);
    OptionalDouble percent = percentNode.isPresent() ? in.number(percentNode.get())
        : OptionalDouble.empty();
    boolean ok = criterion.isPresent() && percent.isPresent();
    if (percent.isPresent() && !(percent.getAsDouble() >= 0 && percent.getAsDouble() <= 100)) {
      in.atValue(percentNode.get(), "store.sharePercent",
          PlainNumber.format(percent.getAsDouble()));
      ok = false;
    }
    List<String> without = new ArrayList<>();
    Optional<Node> withoutNode = in.field(node, "without", false);
    if (withoutNode.isPresent()) {
      Optional<List<Node>> items = in.array(withoutNode.get());
      ok &= items.isPresent();
      in.atMost(withoutNode.get(), Limits.MAX_CRITERIA);
      for (Node item : items.orElse(List.of())) {
        Optional<String> id = in.text(item);
        if (id.isPresent() && (ids.unknownCriterion(id.get()) || id.equals(criterion))) {
          in.atValue(item, "store.unknownCriterion", id.get(), ids.criterionList());
          ok = false;
        } else if (id.isPresent() && !without.contains(id.get())) {
          without.add(id.get());
        } else {
          ok = false;
        }
      }
    }
    if (!ok) {
      return Optional.empty();
    }
    return Optional.of(new Share(criterion.get(), percent.getAsDouble(), without));
  }

  /** A "share" object as read, before the method's answers it goes with. */
  private record Share(String criterion, double percent, List<String> without) {}

  /** The criterion with a fixed share, if the weights give one: the method leaves it out. */
  private boolean sharedOut(Node at, String id) {
    if (shared.isPresent() && shared.get().equals(id)) {
      in.atValue(at, "store.sharedWeighedTwice", id);
      return true;
    }
    return false;
  }

  private List<String> unshared(Set<String> criteria) {
    List<String> all = new ArrayList<>(criteria);
    shared.ifPresent(all::remove);
    return all;
  }

  private Optional<Map<String, Double>> amounts(Node object) {
    Map<String, Double> amounts = new LinkedHashMap<>();
    boolean ok = true;
    double total = 0;
    in.atMost(object, Limits.MAX_CRITERIA);
    for (Map.Entry<String, Node> member : in.members(object).entrySet()) {
      String id = member.getKey();
      if (ids.unknownCriterion(id)) {
        in.atName(member.getValue(), "store.unknownCriterion", id, ids.criterionList());
        ok = false;
        continue;
      }
      if (sharedOut(member.getValue(), id)) {
        ok = false;
        continue;
      }
      OptionalDouble amount = in.number(member.getValue());
      if (amount.isEmpty()) {
        ok = false;
      } else if (amount.getAsDouble() < 0) {
        in.atValue(member.getValue(), "store.negativeWeight", id, PlainNumber.format(amount.getAsDouble()));
        ok = false;
      } else {
        amounts.put(id, amount.getAsDouble());
        total += amount.getAsDouble();
      }
    }
    if (ok && !(total > 0)) {
      in.atValue(object, "store.zeroWeights");
      ok = false;
    }
    return ok ? Optional.of(amounts) : Optional.empty();
  }

  private Optional<WeightInput> rank(Node orderNode) {
    Optional<List<Node>> items = in.array(orderNode);
    if (items.isEmpty()) {
      return Optional.empty();
    }
    in.atMost(orderNode, Limits.MAX_CRITERIA);
    boolean ok = true;
    Set<String> order = new LinkedHashSet<>();
    for (Node item : items.get()) {
      Optional<String> id = in.text(item);
      if (id.isEmpty()) {
        ok = false;
      } else if (ids.unknownCriterion(id.get())) {
        in.atValue(item, "store.unknownCriterion", id.get(), ids.criterionList());
        ok = false;
      } else if (sharedOut(item, id.get())) {
        ok = false;
      } else if (!order.add(id.get())) {
        in.atValue(item, "store.rankTwice", id.get());
        ok = false;
      }
    }
    if (ids.criteriaRead()) {
      List<String> missing = unshared(ids.criteria());
      missing.removeAll(order);
      if (!missing.isEmpty()) {
        in.atValue(orderNode, "store.rankMissing", quoted(missing));
        ok = false;
      }
    }
    return ok ? Optional.of(new WeightInput.RankOrder(List.copyOf(order))) : Optional.empty();
  }

  private Optional<WeightInput> pairwise(Node judgementsNode) {
    Optional<List<Node>> items = in.array(judgementsNode);
    if (items.isEmpty()) {
      return Optional.empty();
    }
    in.atMost(judgementsNode, Limits.MAX_JUDGEMENTS);
    boolean ok = true;
    List<WeightInput.Judgement> judgements = new ArrayList<>();
    Set<Set<String>> pairs = new HashSet<>();
    for (Node item : items.get()) {
      if (in.object(item).isEmpty()) {
        ok = false;
        continue;
      }
      in.allowOnly(item, Set.of("a", "b", "ratio"));
      Optional<String> a = criterion(item, "a");
      Optional<String> b = criterion(item, "b");
      Optional<Node> ratioNode = in.field(item, "ratio", true);
      OptionalDouble ratio = ratioNode.isPresent() ? in.number(ratioNode.get()) : OptionalDouble.empty();
      if (a.isEmpty() || b.isEmpty() || ratio.isEmpty()) {
        ok = false;
        continue;
      }
      if (ratio.getAsDouble() < MIN_RATIO || ratio.getAsDouble() > MAX_RATIO) {
        in.atValue(ratioNode.get(), "store.ratioRange", PlainNumber.format(ratio.getAsDouble()));
        ok = false;
      }
      if (sharedOut(item, a.get()) || sharedOut(item, b.get())) {
        ok = false;
      } else if (a.get().equals(b.get())) {
        in.atValue(item, "store.pairSelf", a.get());
        ok = false;
      } else if (!pairs.add(Set.of(a.get(), b.get()))) {
        in.atValue(item, "store.pairTwice", a.get(), b.get());
        ok = false;
      }
      judgements.add(new WeightInput.Judgement(a.get(), b.get(), ratio.getAsDouble()));
    }
    if (ids.criteriaRead()) {
      List<String> missing = new ArrayList<>();
      List<String> all = unshared(ids.criteria());
      for (int i = 0; i < all.size(); i++) {
        for (int j = i + 1; j < all.size(); j++) {
          if (!pairs.contains(Set.of(all.get(i), all.get(j)))) {
            missing.add("\"" + all.get(i) + "\"/\"" + all.get(j) + "\"");
          }
        }
      }
      if (!missing.isEmpty()) {
        in.atValue(judgementsNode, "store.pairsMissing", FieldReader.list(String.join(", ", missing)));
        ok = false;
      }
    }
    return ok ? Optional.of(new WeightInput.Pairwise(judgements)) : Optional.empty();
  }

  private Optional<String> criterion(Node judgement, String name) {
    Optional<Node> node = in.field(judgement, name, true);
    Optional<String> id = node.flatMap(in::text);
    if (id.isPresent() && ids.unknownCriterion(id.get())) {
      in.atValue(node.get(), "store.unknownCriterion", id.get(), ids.criterionList());
      return Optional.empty();
    }
    return id;
  }

  /** Ids the profile declares, quoted, as a list shown whole. */
  static Message quoted(List<String> ids) {
    StringBuilder out = new StringBuilder();
    for (String id : ids) {
      out.append(out.length() == 0 ? "" : ", ").append('"').append(id).append('"');
    }
    return FieldReader.list(out.toString());
  }
}
