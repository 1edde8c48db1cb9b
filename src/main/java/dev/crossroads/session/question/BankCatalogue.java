package dev.crossroads.session.question;

import dev.crossroads.questions.CriterionTemplate;
import dev.crossroads.questions.ReflectionPrompt;
import dev.crossroads.questions.Template;
import dev.crossroads.questions.TemplateBank;
import dev.crossroads.questions.TemplateSources;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The question bank as the session sees it. The first screen's titles come from the bank's
 * index; the YAML parser is loaded only once a template is chosen.
 */
public final class BankCatalogue implements Catalogue {
  private final TemplateSources sources;
  private TemplateBank bank;

  public BankCatalogue(TemplateSources sources) {
    this.sources = sources;
  }

  @Override
  public List<Title> titles(String language) {
    // Built-in titles come from the bank's index, without the YAML parser.
    return bank().list().stream().map(t -> new Title(t.id(), t.title().in(language))).toList();
  }

  private TemplateBank bank() {
    if (bank == null) {
      bank = new TemplateBank(sources);
    }
    return bank;
  }

  @Override
  public Blueprint blueprint(String templateId, String language) {
    return blueprintOf(bank().load(templateId), language);
  }

  static Blueprint blueprintOf(Template t, String lang) {
    List<CriterionInfo> catalogue = new ArrayList<>();
    for (CriterionTemplate c : t.criteria()) {
      catalogue.add(new CriterionInfo(c.toCriterion(lang), c.description().in(lang),
          c.question().in(lang), c.low().in(lang), c.high().in(lang), c.example().in(lang)));
    }
    List<Reflection> reflections = new ArrayList<>();
    for (ReflectionPrompt p : t.reflection()) {
      reflections.add(new Reflection(p.id(), p.kind() == ReflectionPrompt.Kind.DATE,
          p.text().in(lang), p.hint().in(lang), p.defaultText().map(x -> x.in(lang)),
          p.defaultAfter()));
    }
    return new Blueprint(t.id(), t.title().in(lang), t.intro().in(lang),
        t.defaultOptions(lang), catalogue, t.preselected(), t.suggestedWeights(), reflections,
        Optional.empty(), t.moneyCriteria(), t.money());
  }
}
