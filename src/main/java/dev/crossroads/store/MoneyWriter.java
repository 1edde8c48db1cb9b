package dev.crossroads.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crossroads.money.Band;
import dev.crossroads.money.MoneyModel;
import dev.crossroads.money.MoneyPlan;
import dev.crossroads.money.Obligation;
import dev.crossroads.money.OverlapChoice;

/**
 * Writes a money plan as the profile's "money" object, every field in the documented order and
 * every figure written out (defaults too), so the file says what the view computes from.
 */
final class MoneyWriter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private MoneyWriter() {}

  static ObjectNode tree(MoneyPlan plan) {
    ObjectNode money = NODES.objectNode();
    money.put("horizonYears", plan.settings().horizonYears());
    money.put("discountRate", plan.settings().discountRate());
    money.put("currency", plan.settings().currency());
    plan.criterion().ifPresent(id -> money.put("criterion", id));
    if (plan.criterion().isPresent() || plan.discounted()) {
      money.put(
          "criterionValue",
          plan.discounted() ? MoneyParser.PRESENT_VALUE : MoneyParser.CUMULATIVE);
    }
    if (!plan.factTopics().equals(MoneyPlan.DEFAULT_FACT_TOPICS)) {
      ArrayNode topics = money.putArray("factTopics");
      plan.factTopics().forEach(topics::add);
    }
    ObjectNode options = money.putObject("options");
    plan.models().forEach((option, model) -> options.set(option, model(model)));
    return money;
  }

  /** The person's answer about criteria counting money beside the view: "moneyOverlap". */
  static ObjectNode overlap(OverlapChoice choice) {
    ObjectNode node = NODES.objectNode();
    node.put("keep", OverlapParser.keep(choice));
    ArrayNode criteria = node.putArray("criteria");
    choice.criteria().forEach(criteria::add);
    return node;
  }

  private static ObjectNode model(MoneyModel m) {
    ObjectNode node = NODES.objectNode();
    node.put("studyYears", m.studyYears());
    node.put("tuitionPerYear", m.tuitionPerYear());
    node.put("stipendPerYear", m.stipendPerYear());
    node.set("salary", band(m.salary()));
    node.put("raiseRate", m.raiseRate());
    node.put("livingCostDeltaPerYear", m.livingCostDeltaPerYear());
    if (!m.obligations().isEmpty()) {
      ArrayNode obligations = node.putArray("obligations");
      for (Obligation o : m.obligations()) {
        obligations.add(obligation(o));
      }
    }
    m.equity().ifPresent(
        e -> node.putObject("equity").<ObjectNode>set("value", band(e.value()))
            .put("vestingYear", e.vestingYear()));
    return node;
  }

  private static ObjectNode obligation(Obligation o) {
    ObjectNode node = NODES.objectNode();
    if (o instanceof Obligation.Repayment r) {
      return node.put("type", "repayment").put("label", r.label()).put("amount", r.amount())
          .put("year", r.year()).put("probability", r.probability());
    }
    Obligation.Clawback c = (Obligation.Clawback) o;
    return node.put("type", "clawback").put("label", c.label()).put("amount", c.amount())
        .put("requiredServiceYears", c.requiredServiceYears()).put("proRata", c.proRata())
        .put("leaveAfterServiceYears", c.leaveAfterServiceYears())
        .put("probability", c.probability());
  }

  /** A sure figure as a plain number; an unsure one with both ends. */
  private static JsonNode band(Band band) {
    if (band.conservative() == band.optimistic()) {
      return NODES.numberNode(band.conservative());
    }
    return NODES.objectNode()
        .put("conservative", band.conservative())
        .put("optimistic", band.optimistic());
  }
}
