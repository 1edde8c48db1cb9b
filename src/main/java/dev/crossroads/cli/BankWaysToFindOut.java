package dev.crossroads.cli;

import dev.crossroads.Problem;
import dev.crossroads.questions.CriterionTemplate;
import dev.crossroads.questions.Template;
import dev.crossroads.questions.TemplateBank;
import dev.crossroads.questions.TemplateEntry;
import dev.crossroads.report.WaysToFindOut;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The question bank's ways to find out an option's rating on a criterion (its {@code findOut}
 * texts), in one language: from the decision's own template first, then from the other templates
 * in the bank's order, since a criterion id (growth, salary) means the same thing across the
 * catalogue. The bank is read only when the summary first asks, so a summary that names nothing
 * to find out costs no YAML parsing; a template that is gone or broken is skipped.
 */
final class BankWaysToFindOut implements WaysToFindOut {
  private final TemplateBank bank;
  private final String templateId;
  private final String language;
  private Map<String, String> byCriterion;

  BankWaysToFindOut(TemplateBank bank, String templateId, String language) {
    this.bank = bank;
    this.templateId = templateId;
    this.language = language;
  }

  @Override
  public Optional<String> forCriterion(String criterionId) {
    if (byCriterion == null) {
      byCriterion = read();
    }
    return Optional.ofNullable(byCriterion.get(criterionId));
  }

  private Map<String, String> read() {
    List<String> ids = new ArrayList<>();
    if (!templateId.isBlank()) {
      ids.add(templateId);
    }
    try {
      for (TemplateEntry entry : bank.entries()) {
        ids.add(entry.id());
      }
    } catch (Problem e) {
      // A bank that cannot list its templates: ways to find out are a nicety, not worth failing
      // the summary for.
    }
    Map<String, String> ways = new LinkedHashMap<>();
    for (String id : ids) {
      for (CriterionTemplate c : template(id).map(Template::criteria).orElse(List.of())) {
        c.findOut().ifPresent(text -> ways.putIfAbsent(c.id(), text.in(language)));
      }
    }
    return ways;
  }

  private Optional<Template> template(String id) {
    try {
      return bank.find(id);
    } catch (Problem e) {
      return Optional.empty();
    }
  }
}
