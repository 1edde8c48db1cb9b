package dev.crossroads.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crossroads}: the group of all commands; options here apply to every command. */
@Command(
    name = "crossroads",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    subcommands = {NewCommand.class, ResumeCommand.class, EditProfileCommand.class, AnalyzeCommand.class, MoneyCommand.class, ProfilesCommand.class, DraftsCommand.class, ShowCommand.class, RenameCommand.class, DeleteCommand.class, ExportCommand.class, ImportCommand.class, ReviewCommand.class, NextCommand.class, ScenarioCommand.class, CompareCommand.class, TemplatesCommand.class, picocli.AutoComplete.GenerateCompletion.class, picocli.CommandLine.HelpCommand.class})
public final class RootCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--lang", paramLabel = "en|ko", descriptionKey = "lang", converter = LanguageConverter.class, scope = picocli.CommandLine.ScopeType.INHERIT)
  String lang;

  // --debug and --ascii take no value ("--ascii=true" is refused): Main reads both before picocli
  // does, by the word alone, and the session's fast path reads them so too.
  @Option(names = "--debug", descriptionKey = "debug", arity = "0", scope = picocli.CommandLine.ScopeType.INHERIT)
  boolean debug;

  /**
   * Every command's text in plain ASCII. {@code Main} reads it before picocli does, as it reads
   * {@code --debug}, so that every message of the run, parse errors too, follows it.
   */
  @Option(names = "--ascii", descriptionKey = "output.ascii", arity = "0", scope = picocli.CommandLine.ScopeType.INHERIT)
  boolean ascii;

  private final AppContext context;

  public RootCommand(AppContext context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(context.out());
    return 0;
  }
}
