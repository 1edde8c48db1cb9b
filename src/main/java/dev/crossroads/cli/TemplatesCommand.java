package dev.crossroads.cli;

import dev.crossroads.ExitCode;
import dev.crossroads.Messages;
import dev.crossroads.questions.TemplateBank;
import dev.crossroads.questions.TemplateSources;
import dev.crossroads.questions.TemplateSummary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jline.utils.AttributedString;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code crossroads templates}: the question templates, where each comes from, in a table. */
@Command(
    name = "templates",
    resourceBundle = "dev.crossroads.questions.messages",
    mixinStandardHelpOptions = true)
public final class TemplatesCommand implements Callable<Integer> {
  private static final String GAP = "  ";

  @Spec private CommandSpec spec;

  @Option(names = "--lang", paramLabel = "LANG", descriptionKey = "lang")
  private String lang;

  @Option(names = "--questions", paramLabel = "DIR", descriptionKey = "questions")
  private Path questionsDir;

  private final Map<String, String> env;

  public TemplatesCommand(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  /** For picocli's default factory: the process environment. */
  public TemplatesCommand() {
    this(System.getenv());
  }

  @Override
  public Integer call() {
    String language = language();
    Messages messages = new Messages(Locale.forLanguageTag(language));
    TemplateBank bank =
        new TemplateBank(TemplateSources.from(env, Optional.ofNullable(questionsDir)));
    List<TemplateSummary> summaries = bank.list();
    PrintWriter out = spec.commandLine().getOut();
    if (summaries.isEmpty()) {
      out.println(messages.get("questions.templates.none"));
      out.flush();
      return ExitCode.OK;
    }
    List<String[]> rows = new ArrayList<>();
    rows.add(
        new String[] {
          messages.get("questions.templates.id"),
          messages.get("questions.templates.title"),
          messages.get("questions.templates.criteria"),
          messages.get("questions.templates.source")
        });
    for (TemplateSummary s : summaries) {
      rows.add(
          new String[] {
            s.id(),
            s.title().in(language),
            messages.get("questions.templates.count", s.preselectedCount(), s.catalogueCount()),
            messages.get(s.source().messageKey())
          });
    }
    int[] widths = new int[4];
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        widths[c] = Math.max(widths[c], width(row[c]));
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < row.length; c++) {
        line.append(row[c]);
        if (c < row.length - 1) {
          line.append(" ".repeat(widths[c] - width(row[c]))).append(GAP);
        }
      }
      out.println(line);
    }
    out.flush();
    return ExitCode.OK;
  }

  private String language() {
    if (lang != null) {
      if (!lang.equals("en") && !lang.equals("ko")) {
        throw new ParameterException(
            spec.commandLine(), "--lang must be en or ko, not " + lang);
      }
      return lang;
    }
    for (String name : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
      String value = env.get(name);
      if (value != null && !value.isBlank()) {
        return value.startsWith("ko") ? "ko" : "en";
      }
    }
    return "en";
  }

  /** Columns on a terminal: Hangul and other wide characters take two. */
  private static int width(String text) {
    return new AttributedString(text).columnLength();
  }
}
