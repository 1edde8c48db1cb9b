package dev.crossroads.cli;

import dev.crossroads.Messages;
import dev.crossroads.questions.TemplateBank;
import dev.crossroads.questions.TemplateSources;
import dev.crossroads.questions.TemplateSummary;
import dev.crossroads.report.Table;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crossroads templates}: the question templates, where each comes from, in a table. */
@Command(name = "templates", mixinStandardHelpOptions = true)
public final class TemplatesCommand implements Callable<Integer> {
  @Option(names = "--questions", paramLabel = "DIR", descriptionKey = "templates.questions")
  private Path questionsDir;

  private final AppContext context;

  public TemplatesCommand(AppContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    Messages messages = context.messages();
    String language = messages.locale().getLanguage();
    TemplateBank bank =
        new TemplateBank(TemplateSources.from(context.env(), Optional.ofNullable(questionsDir)));
    List<TemplateSummary> summaries = bank.list();
    PrintWriter out = context.out();
    if (summaries.isEmpty()) {
      out.println(messages.get("questions.templates.none"));
      out.flush();
      return ExitCode.OK;
    }
    Table table =
        new Table(List.of(Table.Align.LEFT, Table.Align.LEFT, Table.Align.LEFT, Table.Align.LEFT))
            .header(Headings.of(messages, "questions.templates.id", "questions.templates.title",
                "questions.templates.criteria", "questions.templates.source"));
    for (TemplateSummary s : summaries) {
      table.row(
          List.of(
              s.id(),
              messages.ours(s.title().in(language)),
              messages.get("questions.templates.count", s.preselectedCount(), s.catalogueCount()),
              messages.get(s.source().messageKey())));
    }
    for (String line : table.render(context.listingWidth(), "")) {
      out.println(line);
    }
    out.flush();
    return ExitCode.OK;
  }
}
