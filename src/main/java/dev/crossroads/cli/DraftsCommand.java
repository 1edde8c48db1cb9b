package dev.crossroads.cli;

import dev.crossroads.Problem;
import dev.crossroads.Message;
import dev.crossroads.Messages;
import dev.crossroads.questions.TemplateSources;
import dev.crossroads.report.Table;
import dev.crossroads.session.question.BankCatalogue;
import dev.crossroads.session.question.Catalogue;
import dev.crossroads.session.files.DraftInfo;
import dev.crossroads.session.files.Drafts;
import dev.crossroads.session.state.Section;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code crossroads drafts}: the unfinished sessions, with their title, the step they stopped
 * at and their age; {@code crossroads drafts discard [NAME]} discards one (without NAME, picked
 * from the list at a terminal).
 */
@Command(name = "drafts", mixinStandardHelpOptions = true,
    subcommands = DraftsCommand.Discard.class)
public final class DraftsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--home", paramLabel = "DIR", descriptionKey = "session.home")
  Path home;

  private final AppContext app;

  public DraftsCommand(AppContext app) {
    this.app = app;
  }

  static Drafts drafts(AppContext app, Path home) {
    return new Drafts(Drafts.directory(Optional.ofNullable(home), app.env()));
  }

  @Override
  public Integer call() {
    Messages m = app.messages();
    PrintWriter out = spec.commandLine().getOut();
    Drafts drafts = drafts(app, home);
    List<DraftInfo> all = DraftInfo.list(drafts);
    if (all.isEmpty()) {
      out.println(m.get("drafts.list.empty", drafts.dir().toString()));
      out.flush();
      return ExitCode.OK;
    }
    table(app, all, false).forEach(out::println);
    out.println();
    out.println(m.get("drafts.list.hint"));
    out.flush();
    return ExitCode.OK;
  }

  /** The drafts as a table; {@code numbered} puts a number before each, to pick one by. */
  static List<String> table(AppContext app, List<DraftInfo> all, boolean numbered) {
    Messages m = app.messages();
    Catalogue bank = new BankCatalogue(TemplateSources.from(app.env(), Optional.empty()));
    int columns = numbered ? 5 : 4;
    Table table = new Table(Collections.nCopies(columns, Table.Align.LEFT));
    List<String> header = Headings.of(m, "drafts.list.name", "drafts.list.title",
        "drafts.list.step", "drafts.list.age");
    table.header(numbered ? prefixed("#", header) : header);
    for (int i = 0; i < all.size(); i++) {
      List<String> row = row(app, bank, all.get(i));
      table.row(numbered ? prefixed(Integer.toString(i + 1), row) : row);
    }
    return table.render(Integer.MAX_VALUE, "");
  }

  private static List<String> prefixed(String first, List<String> rest) {
    List<String> out = new java.util.ArrayList<>();
    out.add(first);
    out.addAll(rest);
    return out;
  }

  private static List<String> row(AppContext app, Catalogue bank, DraftInfo d) {
    Messages m = app.messages();
    String age = age(m, Duration.between(d.changed(), app.clock().instant()));
    if (!d.readable()) {
      return List.of(d.name(), m.get("drafts.list.unreadable"), "-", age);
    }
    String lang = m.isKorean() ? "ko" : "en";
    String title = d.title().or(() -> d.template().flatMap(id -> templateTitle(bank, id, lang)))
        .orElse(m.get("drafts.list.untitled"));
    if (d.editing().isPresent()) {
      title = m.get("drafts.list.editing", title, d.editing().get());
    }
    Section s = d.step();
    String step = s == Section.SAVE ? m.get(s.key())
        : m.get("drafts.step", m.get(s.key()), s.ordinal() + 1, Section.NUMBERED);
    return List.of(d.name(), title, step, age);
  }

  private static Optional<String> templateTitle(Catalogue bank, String id, String lang) {
    try {
      return bank.titles(lang).stream().filter(t -> t.id().equals(id))
          .map(Catalogue.Title::title).findFirst();
    } catch (Problem e) {
      return Optional.empty();
    }
  }

  static String age(Messages m, Duration age) {
    long minutes = Math.max(0, age.toMinutes());
    if (minutes < 1) {
      return m.get("drafts.age.now");
    } else if (minutes < 60) {
      return m.get("drafts.age.minutes", minutes);
    } else if (minutes < 48 * 60) {
      return m.get("drafts.age.hours", minutes / 60);
    }
    return m.get("drafts.age.days", minutes / (24 * 60));
  }

  /** {@code crossroads drafts discard [NAME]}: removes one draft. */
  @Command(name = "discard", mixinStandardHelpOptions = true)
  public static final class Discard implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--home", paramLabel = "DIR", descriptionKey = "session.home")
    Path home;

    @Parameters(arity = "0..1", paramLabel = "NAME", descriptionKey = "drafts.param.name")
    String name;

    private final AppContext app;
    private final Optional<LinePrompt> prompt;

    public Discard(AppContext app) {
      this(app, LinePrompt.forProcess(app));
    }

    Discard(AppContext app, Optional<LinePrompt> prompt) {
      this.app = app;
      this.prompt = prompt;
    }

    @Override
    public Integer call() {
      Messages m = app.messages();
      PrintWriter out = spec.commandLine().getOut();
      Drafts drafts = drafts(app, home);
      Optional<Path> chosen;
      if (name != null) {
        chosen = Optional.of(drafts.named(name).orElseThrow(() -> new Problem(Problem.Kind.MISSING,
            Message.of("drafts.discard.missing", name))));
      } else {
        chosen = pick(m, out, DraftInfo.list(drafts));
      }
      if (chosen.isEmpty()) {
        out.println(m.get("drafts.discard.none"));
      } else {
        drafts.delete(chosen.get());
        out.println(m.get("drafts.discard.done",
            chosen.get().getFileName().toString().replaceFirst("\\.json$", "")));
      }
      out.flush();
      return ExitCode.OK;
    }

    /** The draft picked from the list by its number; none for Enter or with nothing to pick. */
    private Optional<Path> pick(Messages m, PrintWriter out, List<DraftInfo> all) {
      if (prompt.isEmpty()) {
        throw new Problem(Problem.Kind.USAGE, Message.of("drafts.discard.needsName"));
      }
      if (all.isEmpty()) {
        return Optional.empty();
      }
      table(app, all, true).forEach(out::println);
      while (true) {
        Optional<String> line = prompt.get().read(m.get("drafts.discard.pick") + " ");
        String typed = line.map(String::strip).orElse("");
        if (typed.isEmpty()) {
          return Optional.empty();
        }
        OptionalInt n = number(typed);
        if (n.isPresent() && n.getAsInt() >= 1 && n.getAsInt() <= all.size()) {
          return Optional.of(all.get(n.getAsInt() - 1).file());
        }
        out.println(m.get("drafts.discard.badPick", all.size()));
      }
    }

    private static OptionalInt number(String s) {
      try {
        return OptionalInt.of(Integer.parseInt(s));
      } catch (NumberFormatException e) {
        return OptionalInt.empty();
      }
    }
  }
}
