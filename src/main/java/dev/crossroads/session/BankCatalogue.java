package dev.crossroads.session;

import dev.crossroads.questions.CriterionTemplate;
import dev.crossroads.questions.ReflectionPrompt;
import dev.crossroads.questions.Template;
import dev.crossroads.questions.TemplateBank;
import dev.crossroads.questions.TemplateSources;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The question bank as the session sees it. The first screen's titles are read from the YAML
 * text directly ({@link TitleScan}); the YAML parser is loaded only once a template is chosen.
 */
public final class BankCatalogue implements Catalogue {
  private static final String ROOT = "questions/";
  private final TemplateSources sources;
  private final ClassLoader loader;
  private TemplateBank bank;

  public BankCatalogue(TemplateSources sources) {
    this.sources = sources;
    this.loader = BankCatalogue.class.getClassLoader();
  }

  @Override
  public List<Title> titles(String language) {
    Map<String, Optional<Path>> where = new LinkedHashMap<>();
    try (InputStream in = loader.getResourceAsStream(ROOT + "index.yaml")) {
      if (in != null) {
        TitleScan.indexIds(in).forEach(id -> where.put(id, Optional.empty()));
      }
    } catch (IOException e) {
      return fromBank(language);
    }
    for (Optional<Path> dir : List.of(sources.configDir(), sources.questionsDir())) {
      if (dir.isPresent() && Files.isDirectory(dir.get())) {
        try (Stream<Path> files = Files.list(dir.get())) {
          files.filter(p -> p.getFileName().toString().endsWith(".yaml"))
              .filter(p -> !p.getFileName().toString().equals("index.yaml"))
              .sorted()
              .forEach(p -> {
                String name = p.getFileName().toString();
                where.put(name.substring(0, name.length() - 5), Optional.of(p));
              });
        } catch (IOException e) {
          return fromBank(language);
        }
      }
    }
    List<Title> titles = new ArrayList<>();
    for (Map.Entry<String, Optional<Path>> e : where.entrySet()) {
      Optional<String> title;
      try (InputStream in = open(e.getKey(), e.getValue())) {
        if (in == null) {
          continue;
        }
        title = TitleScan.title(in, language);
      } catch (IOException ex) {
        title = Optional.empty();
      }
      titles.add(new Title(e.getKey(),
          title.orElseGet(() -> bank().load(e.getKey()).title().in(language))));
    }
    return titles;
  }

  private InputStream open(String id, Optional<Path> file) throws IOException {
    if (file.isPresent()) {
      return Files.newInputStream(file.get());
    }
    return loader.getResourceAsStream(ROOT + id + ".yaml");
  }

  private List<Title> fromBank(String language) {
    return bank().entries().stream()
        .map(e -> new Title(e.id(), bank().load(e.id()).title().in(language)))
        .toList();
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
        t.defaultOptions(lang), catalogue, t.preselected(), t.suggestedWeights(), reflections);
  }
}
