package dev.crossroads.session;

import dev.crossroads.Language;
import dev.crossroads.Messages;
import dev.crossroads.TerminalCapabilities;
import dev.crossroads.questions.TemplateSources;
import dev.crossroads.session.ask.FirstScreen;
import dev.crossroads.session.files.Drafts;
import dev.crossroads.session.question.BankCatalogue;
import dev.crossroads.session.question.Catalogue;
import dev.crossroads.session.question.Flow;
import dev.crossroads.session.state.SessionState;
import dev.crossroads.session.step.Contexts;
import dev.crossroads.session.step.Effect;
import dev.crossroads.session.step.Next;
import dev.crossroads.session.step.Step;
import dev.crossroads.session.step.Transition;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The first screen of a new session in each language, worked out when the jar is built by the
 * session's own step function ({@link #main}, which Maven runs after compiling) and shipped in it,
 * so a person's session can print it the moment the process starts, before the question bank,
 * the profile store or the terminal are ready ({@link #printEarly}). The templates' titles do
 * not change between builds; a person's own templates do, and a session with any prints nothing
 * early.
 */
public final class FirstScreens {
  private static final String RESOURCE = "first-screen.properties";
  private static final List<String> LANGUAGES = List.of("en", "ko");
  private static final String HINT = "session.draft.hint";

  private FirstScreens() {}

  /**
   * What a new session in {@code language} shows first, with {@code catalogue}'s templates, in
   * {@code ascii} as {@code --ascii} shows it.
   */
  static FirstScreen of(String language, Catalogue catalogue, boolean ascii) {
    Messages messages = new Messages(Language.locale(language), ascii);
    // The first question asks for the kind of decision: no date, no draft and no saved profile
    // come into it (a test compares it with a live session's on another day).
    Step step = new Step(new Flow(catalogue.titles(language)),
        new Contexts(messages, catalogue, LocalDate.EPOCH, Optional.empty()), true,
        Path.of("draft.json"));
    Transition first = step.start(SessionState.start(language));
    List<String> said = new ArrayList<>();
    for (Effect effect : first.effects()) {
      said.add(((Effect.Say) effect).text());
    }
    return FirstScreen.of(said, ((Next.Ask) first.next()).prompt(), ascii);
  }

  /** Writes the shipped screens into the folder {@code args[0]} (this package's, when built). */
  public static void main(String[] args) throws IOException {
    Properties shipped = new Properties();
    Catalogue bank = new BankCatalogue(TemplateSources.builtInOnly());
    for (String language : LANGUAGES) {
      for (boolean ascii : List.of(false, true)) {
        String key = key(language, ascii);
        FirstScreen screen = of(language, bank, ascii);
        for (int i = 0; i < screen.lines().size(); i++) {
          shipped.setProperty(key + ".line." + i, screen.lines().get(i));
        }
        shipped.setProperty(key + ".prompt", screen.prompt());
        shipped.setProperty(key + ".hint",
            new Messages(Language.locale(language), ascii).get(HINT));
      }
    }
    Path dir = Files.createDirectories(Path.of(args[0]));
    try (OutputStream out = Files.newOutputStream(dir.resolve(RESOURCE))) {
      shipped.store(out, "Written by FirstScreens at build time: the first screen of a session");
    }
  }

  /**
   * Prints the shipped first screen now, when it is this run's own: a new session (no template,
   * draft, profile or answers file named) on the built-in templates alone. Returns what it
   * printed, for the session to leave out; the hint about drafts left from before, printed
   * first when there are any, is printed by nobody else.
   */
  static Optional<FirstScreen> printEarly(SessionArgs args, Map<String, String> env,
      String language, TerminalCapabilities look, PrintWriter screen) {
    if (args.resume() || args.edit().isPresent() || args.template().isPresent()
        || args.answers().isPresent() || ownTemplates(env)) {
      return Optional.empty();
    }
    Properties shipped = shipped();
    String key = key(language, look.ascii());
    String prompt = shipped.getProperty(key + ".prompt");
    if (prompt == null) {
      return Optional.empty();
    }
    List<String> lines = new ArrayList<>();
    for (int i = 0; shipped.getProperty(key + ".line." + i) != null; i++) {
      lines.add(shipped.getProperty(key + ".line." + i));
    }
    FirstScreen first = new FirstScreen(lines, prompt);
    if (!new Drafts(Drafts.directory(args.home(), env)).list().isEmpty()) {
      hint(screen, shipped.getProperty(key + ".hint"), look);
    }
    first.print(screen, look);
    return Optional.of(first);
  }

  /** The hint that a draft is waiting, before a new session's first screen. */
  static void hint(PrintWriter screen, String hint, TerminalCapabilities look) {
    FirstScreen.printLine(screen, hint, look);
  }

  /** The hint in {@code messages}' language. */
  static void hint(PrintWriter screen, Messages messages, TerminalCapabilities look) {
    hint(screen, messages.get(HINT), look);
  }

  /** Where a screen is kept in the shipped file: "en", or "en.ascii" for {@code --ascii}'s. */
  private static String key(String language, boolean ascii) {
    return ascii ? language + ".ascii" : language;
  }

  private static boolean ownTemplates(Map<String, String> env) {
    Optional<Path> dir = TemplateSources.from(env, Optional.empty()).configDir();
    return dir.isPresent() && Files.exists(dir.get());
  }

  private static Properties shipped() {
    Properties shipped = new Properties();
    try (InputStream in = FirstScreens.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        shipped.load(in);
      }
    } catch (IOException e) {
      // Then nothing is printed early: the session prints its first screen itself.
    }
    return shipped;
  }
}
