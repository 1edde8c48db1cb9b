package dev.crossroads.questions;

import dev.crossroads.Problem;
import dev.crossroads.Message;
import dev.crossroads.input.BoundedFile;
import dev.crossroads.input.InputKind;
import dev.crossroads.input.IoReason;
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
 * {@code questions/}, listed by {@code questions/index.properties}), the config directory and a
 * {@code --questions} directory; a later source replaces an earlier template with the same id,
 * in its place in the list. Listing the built-in templates reads only the index; a template file
 * is read (and validated) when it is loaded or when a directory template must be listed, each at
 * most once per bank.
 */
public final class TemplateBank {
  private static final String EXTENSION = ".yaml";

  private final TemplateSources sources;
  private final ClassLoader classLoader;
  private final Map<String, Template> loaded = new HashMap<>();
  private final Map<String, TemplateSummary> indexed = new HashMap<>();
  private TemplateReader reader;
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
      for (TemplateSummary summary : BuiltInIndex.read(classLoader)) {
        indexed.put(summary.id(), summary);
        byId.put(summary.id(), new TemplateEntry(summary.id(), summary.source(), summary.location()));
      }
      sources.configDir()
          .filter(Files::isDirectory)
          .ifPresent(dir -> directory(dir, TemplateSource.CONFIG).forEach(e -> byId.put(e.id(), e)));
      sources.questionsDir()
          .ifPresent(
              dir -> {
                if (!Files.isDirectory(dir)) {
                  throw new Problem(
                      Problem.Kind.MISSING, Message.of("questions.noDirectory", dir.toString()));
                }
                directory(dir, TemplateSource.QUESTIONS_DIR).forEach(e -> byId.put(e.id(), e));
              });
      entries = List.copyOf(byId.values());
    }
    return entries;
  }

  /**
   * Id, title and criteria counts of every template. Built-in ones come from the index; a
   * template from a directory is read and validated here, so a broken one fails the listing.
   */
  public List<TemplateSummary> list() {
    List<TemplateSummary> summaries = new ArrayList<>();
    for (TemplateEntry entry : entries()) {
      TemplateSummary fromIndex = indexed.get(entry.id());
      summaries.add(
          entry.source() == TemplateSource.BUILT_IN && fromIndex != null
              ? fromIndex
              : TemplateSummary.of(load(entry), entry));
    }
    return summaries;
  }

  public Optional<Template> find(String id) {
    return entries().stream().filter(e -> e.id().equals(id)).findFirst().map(this::load);
  }

  /**
   * @throws Problem (usage) when no source has a template with this id, (data) when it is broken
   */
  public Template load(String id) {
    return find(id)
        .orElseThrow(
            () ->
                new Problem(
                    Problem.Kind.USAGE,
                    Message.of(
                        "questions.unknownTemplate",
                        id,
                        String.join(", ", entries().stream().map(TemplateEntry::id).toList()))));
  }

  private Template load(TemplateEntry entry) {
    Template template = loaded.get(entry.id());
    if (template == null) {
      if (reader == null) {
        reader = new TemplateReader();
      }
      template = reader.read(bytes(entry), entry.location(), Optional.of(entry.id()));
      loaded.put(entry.id(), template);
    }
    return template;
  }

  /** The template file's bytes, refused past a template's size before they are read. */
  private byte[] bytes(TemplateEntry entry) {
    if (entry.source() == TemplateSource.BUILT_IN) {
      try (InputStream in = classLoader.getResourceAsStream(entry.location())) {
        if (in == null) {
          throw new Problem(Problem.Kind.BAD_DATA, Message.of("questions.missingBuiltIn", entry.location()));
        }
        return BoundedFile.read(in, entry.location(), InputKind.TEMPLATE);
      } catch (IOException e) {
        throw new Problem(
            Problem.Kind.IO, Message.of("questions.cannotRead", entry.location(), IoReason.of(e)), e);
      }
    }
    try {
      return BoundedFile.read(Path.of(entry.location()), InputKind.TEMPLATE);
    } catch (IOException e) {
      throw new Problem(
          Problem.Kind.MISSING, Message.of("questions.cannotRead", entry.location(), IoReason.of(e)), e);
    }
  }

  private static String reason(Exception e) {
    if (e instanceof IOException io) {
      return IoReason.of(io);
    }
    return e.getCause() instanceof IOException io ? IoReason.of(io) : String.valueOf(e.getMessage());
  }

  /** The top-level {@code *.yaml} files of a directory, by name; the id is the file name. */
  private static List<TemplateEntry> directory(Path dir, TemplateSource source) {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(EXTENSION))
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
      throw new Problem(
          Problem.Kind.IO, Message.of("questions.cannotRead", dir.toString(), reason(e)), e);
    }
  }
}
