package dev.crossroads.cli;

import dev.crossroads.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Not a test: a build step (run by Maven in the package phase, see pom.xml) that writes the
 * files of the release archive made from the command tree itself, so they cannot drift from
 * it: a man page per command (picocli-codegen's AsciiDoc, turned into troff by Asciidoctor) and
 * the bash completion script (picocli's, the same one {@code crossroads generate-completion}
 * prints). It lives with the tests because it needs the package-private command tree and two
 * build-only libraries that must not reach the jar.
 *
 * <p>Arguments: the folder to write {@code share/} into, a folder for the AsciiDoc sources, and
 * the version to print in the pages.
 */
public final class DistributionFiles {
  /** A section heading followed by nothing but blank lines up to picocli's end-of-section tag. */
  private static final Pattern EMPTY_SECTION =
      Pattern.compile("(?m)^== [^\\n]+\\n(?:[ \\t]*\\n)*(?=// end::)");
  /** The help's "Exit codes:" heading, which a man page calls EXIT STATUS. */
  private static final Pattern EXIT_CODES = Pattern.compile("(?m)^==\\s+Exit codes:\\s*$");

  private DistributionFiles() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      throw new IllegalArgumentException("usage: DistributionFiles OUT_DIR ADOC_DIR VERSION");
    }
    Path share = Path.of(args[0], "share");
    Path completions = emptied(share.resolve("bash-completion/completions"));
    Path man = emptied(share.resolve("man/man1"));
    Path adoc = emptied(Path.of(args[1]));
    CommandLine commandLine = commandTree(args[2]);

    Files.writeString(
        completions.resolve("crossroads"), AutoComplete.bash("crossroads", commandLine));
    ManPageGenerator.generateManPage(
        adoc.toFile(), null, new boolean[0], true, commandLine.getCommandSpec());
    dropEmptySections(adoc);
    toTroff(adoc, man);
  }

  /** The folder, with no file left from an earlier build (a page of a command since removed). */
  private static Path emptied(Path dir) throws IOException {
    Files.createDirectories(dir);
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.delete(file);
      }
    }
    return dir;
  }

  /** The commands as the program builds them, with the English help texts. */
  private static CommandLine commandTree(String version) {
    PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
    AppContext context = new AppContext(InputStream.nullInputStream(), nowhere, nowhere, Map.of(),
        Clock.systemUTC(), new Messages(Locale.ENGLISH), false, false);
    CommandLine commandLine = CommandLines.create(context);
    // Run from classes, the program has no manifest to read its version from.
    stampVersion(commandLine.getCommandSpec(), "crossroads " + version);
    return commandLine;
  }

  private static void stampVersion(CommandSpec spec, String version) {
    commands(spec).forEach(command -> command.versionProvider(() -> new String[] {version}));
  }

  /** Each command's man page name, as picocli's generator names them: crossroads-scenario-add. */
  public static List<String> manPageNames() {
    return commands(commandTree("").getCommandSpec())
        .map(spec -> spec.qualifiedName("-"))
        .distinct()
        .toList();
  }

  private static Stream<CommandSpec> commands(CommandSpec spec) {
    // A command with aliases stands in its parent's map once per name.
    return Stream.concat(Stream.of(spec), spec.subcommands().values().stream().distinct()
        .flatMap(sub -> commands(sub.getCommandSpec())));
  }

  /**
   * Most commands have a one-line summary (the page's NAME line) and no longer description;
   * picocli still writes the heading, which would stand empty in the page. The exit codes are
   * headed as man pages head them.
   */
  private static void dropEmptySections(Path adoc) throws IOException {
    for (Path page : pages(adoc)) {
      String text = Files.readString(page);
      text = EMPTY_SECTION.matcher(text).replaceAll("");
      Files.writeString(page, EXIT_CODES.matcher(text).replaceAll("== Exit status"));
    }
  }

  private static List<Path> pages(Path adoc) throws IOException {
    try (Stream<Path> files = Files.list(adoc)) {
      return files.filter(f -> f.toString().endsWith(".adoc")).sorted().toList();
    }
  }

  /** Converts every page; any warning from Asciidoctor (bad markup) fails the build. */
  private static void toTroff(Path adoc, Path man) throws IOException {
    List<String> problems = new ArrayList<>();
    try (Asciidoctor asciidoctor = Asciidoctor.Factory.create()) {
      asciidoctor.registerLogHandler(record -> {
        if (record.getSeverity().compareTo(Severity.WARN) >= 0) {
          problems.add(describe(record));
        }
      });
      Options options = Options.builder()
          .backend("manpage").safe(SafeMode.UNSAFE).toDir(man.toFile()).mkDirs(true).build();
      pages(adoc).forEach(page -> asciidoctor.convertFile(page.toFile(), options));
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("Asciidoctor: " + String.join("; ", problems));
    }
  }

  private static String describe(LogRecord record) {
    return record.getSeverity() + " " + record.getCursor() + ": " + record.getMessage();
  }
}
