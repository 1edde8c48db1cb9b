package dev.crossroads.questions;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossroads.ExitCode;
import dev.crossroads.Failure;
import dev.crossroads.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds and loads templates from, in increasing priority, the built-in bank (class path
 * {@code questions/}, listed by {@code questions/index.yaml}), the config directory and a
 * {@code --questions} directory; a later source replaces an earlier template with the same id,
 * in its place in the list. Files are read only when asked for, each at most once per bank.
 */
public final class TemplateBank {
  static final String BUILT_IN_ROOT = "questions/";
  static final String INDEX = "index.yaml";
  private static final String EXTENSION = ".yaml";

  private final TemplateSources sources;
  private final ClassLoader classLoader;
  private final TemplateReader reader = new TemplateReader();
  private final Map<String, Template> loaded = new HashMap<>();
  private List<TemplateEntry> entries;

  public TemplateBank(TemplateSources sources) {
    this(sources, TemplateBank.class.getClassLoader());
  }

  public TemplateBank(TemplateSources sources, ClassLoader classLoader) {
    this.sources = sources;
    this.classLoader = classLoader;
  }

  /** Every template id with its winning source, without reading any template file. */
  public List<TemplateEntry> entries() {
    if (entries == null) {
      Map<String, TemplateEntry> byId = new LinkedHashMap<>();
      builtIn().forEach(e -> byId.put(e.id(), e));
      sources.configDir()
          .filter(Files::isDirectory)
          .ifPresent(dir -> directory(dir, TemplateSource.CONFIG).forEach(e -> byId.put(e.id(), e)));
      sources.questionsDir()
          .ifPresent(
              dir -> {
                if (!Files.isDirectory(dir)) {
                  throw new Failure(
                      ExitCode.NO_INPUT, Message.of("questions.noDirectory", dir.toString()));
                }
                directory(dir, TemplateSource.QUESTIONS_DIR).forEach(e -> byId.put(e.id(), e));
              });
      entries = List.copyOf(byId.values());
    }
    return entries;
  }

  /** Id, title and criteria counts of every template; reads (and validates) each file once. */
  public List<TemplateSummary> list() {
    List<TemplateSummary> summaries = new ArrayList<>();
    for (TemplateEntry entry : entries()) {
      summaries.add(TemplateSummary.of(load(entry), entry));
    }
    return summaries;
  }

  public Optional<Template> find(String id) {
    return entries().stream().filter(e -> e.id().equals(id)).findFirst().map(this::load);
  }

  /**
   * @throws Failure (usage) when no source has a template with this id, (data) when it is broken
   */
  public Template load(String id) {
    return find(id)
        .orElseThrow(
            () ->
                new Failure(
                    ExitCode.USAGE,
                    Message.of(
                        "questions.unknownTemplate",
                        id,
                        String.join(", ", entries().stream().map(TemplateEntry::id).toList()))));
  }

  private Template load(TemplateEntry entry) {
    Template template = loaded.get(entry.id());
    if (template == null) {
      template = reader.read(open(entry), entry.location(), Optional.of(entry.id()));
      loaded.put(entry.id(), template);
    }
    return template;
  }

  private InputStream open(TemplateEntry entry) {
    if (entry.source() == TemplateSource.BUILT_IN) {
      InputStream in = classLoader.getResourceAsStream(entry.location());
      if (in == null) {
        throw new Failure(ExitCode.DATA, Message.of("questions.missingBuiltIn", entry.location()));
      }
      return in;
    }
    try {
      return Files.newInputStream(Path.of(entry.location()));
    } catch (IOException e) {
      throw new Failure(
          ExitCode.NO_INPUT, Message.of("questions.cannotRead", entry.location(), e.getMessage()), e);
    }
  }

  private List<TemplateEntry> builtIn() {
    String indexPath = BUILT_IN_ROOT + INDEX;
    InputStream in = classLoader.getResourceAsStream(indexPath);
    if (in == null) {
      // A build without the bank still works with templates from directories.
      return List.of();
    }
    JsonNode ids = reader.tree(in, indexPath).path("templates");
    List<TemplateEntry> found = new ArrayList<>();
    for (JsonNode id : ids) {
      found.add(
          new TemplateEntry(id.asText(), TemplateSource.BUILT_IN, BUILT_IN_ROOT + id.asText() + EXTENSION));
    }
    return found;
  }

  /** The top-level {@code *.yaml} files of a directory, by name; an index file is skipped. */
  private static List<TemplateEntry> directory(Path dir, TemplateSource source) {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(EXTENSION))
          .filter(p -> !p.getFileName().toString().equals(INDEX))
          .filter(Files::isRegularFile)
          .sorted()
          .map(
              p -> {
                String name = p.getFileName().toString();
                String id = name.substring(0, name.length() - EXTENSION.length());
                return new TemplateEntry(id, source, p.toString());
              })
          .toList();
    } catch (IOException | UncheckedIOException e) {
      throw new Failure(
          ExitCode.IO, Message.of("questions.cannotRead", dir.toString(), e.getMessage()), e);
    }
  }
}
