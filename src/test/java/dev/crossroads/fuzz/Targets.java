package dev.crossroads.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crossroads.cli.ExitCode;
import dev.crossroads.Problem;
import dev.crossroads.Messages;
import dev.crossroads.analysis.AnalysisResult;
import dev.crossroads.analysis.AnalysisSettings;
import dev.crossroads.analysis.Analyzer;
import dev.crossroads.cli.FuzzAccess;
import dev.crossroads.cli.Main;
import dev.crossroads.decision.Criterion;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.InvalidDecisionException;
import dev.crossroads.decision.LimitCheck;
import dev.crossroads.decision.Option;
import dev.crossroads.decision.QuantityScale;
import dev.crossroads.decision.Scenario;
import dev.crossroads.input.InputKind;
import dev.crossroads.method.Topsis;
import dev.crossroads.method.WeightedProduct;
import dev.crossroads.method.WeightedSum;
import dev.crossroads.questions.TemplateBank;
import dev.crossroads.questions.TemplateSources;
import dev.crossroads.report.JsonReport;
import dev.crossroads.report.SummaryBuilder;
import dev.crossroads.report.TextStyle;
import dev.crossroads.report.TextSummary;
import dev.crossroads.session.files.AnswersFile;
import dev.crossroads.session.files.Drafts;
import dev.crossroads.session.InteractiveEntry;
import dev.crossroads.store.Profile;
import dev.crossroads.store.ProfilePaths;
import dev.crossroads.store.ProfileStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Runs one case of each kind in-process, the way the commands do, and judges how it ended: read
 * and analysed with every number finite, or refused as a {@link Problem} (or the core's {@link
 * InvalidDecisionException}, which the command line reports the same way) whose message renders
 * in both languages in plain words. Anything else is a failure.
 */
final class Targets {
  /** The words of a refusal that leaks how it was made instead of saying why. */
  private static final List<String> LEAKS =
      List.of("Exception", "StreamReadConstraints", "at [Source", "java.", "jackson", "snakeyaml",
          "in 'reader'");
  private static final Set<String> NOT_NUMBERS = Set.of("NaN", "Infinity", "-Infinity");
  private static final AnalysisSettings FEW_DRAWS = new AnalysisSettings(14, 200, 0.02, 1);

  private final Path dir;
  private final Tally tally;
  private final ProfileStore store;
  private final Analyzer analyzer =
      new Analyzer(List.of(new WeightedSum(), new WeightedProduct(), new Topsis()));
  private final Messages english = new Messages(Locale.ENGLISH);
  private final Messages korean = new Messages(Locale.KOREAN);
  private final ObjectMapper json = new ObjectMapper();
  private final Decision setBase;
  /** The case's input, for telling a leak from the input quoted back. */
  private String input = "";
  private int sessions;
  private Path keep;

  Targets(Path dir, Tally tally) throws IOException {
    this.dir = dir;
    this.tally = tally;
    this.store = ProfileStore.open(new ProfilePaths(dir.resolve("home/profiles")));
    Files.createDirectories(dir.resolve("templates"));
    Files.createDirectories(dir.resolve("drafts"));
    this.setBase = store.readFile(Path.of("src/test/resources/cli/issue-example.json"));
  }

  /** When set, each case's input is also copied here (to run one case again and look at it). */
  void keepInput(Path where) {
    keep = where;
  }

  private void kept(byte[] bytes) {
    if (keep != null) {
      try {
        Files.write(keep, bytes);
        System.out.println("fuzz: the case's input is in " + keep);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** A case of a file kind: {@code bytes} as the file, named for {@code templateId} if a template. */
  Result file(Kind kind, byte[] bytes, String templateId) {
    kept(bytes);
    input = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
    try {
      Path file = write(kind, templateId, bytes);
      return load(kind, file, templateId);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A file of {@code kind} past its size limit (sparse: its size is real, its blocks unwritten):
   * it must be refused without being read.
   */
  Result oversized(Kind kind, long size, String templateId) {
    tally.oversized();
    input = "";
    try {
      Path file = write(kind, templateId, new byte[0]);
      try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
        raf.setLength(size);
      }
      Result result = load(kind, file, templateId);
      return result.outcome() == Outcome.REFUSED ? result : Result.failed("a file of " + size + " bytes was not refused");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A case of {@code scenario add --set}: the assignments on the example profile. */
  Result set(List<String> sets) {
    input = String.join("\n", sets);
    kept(input.getBytes(StandardCharsets.UTF_8));
    try {
      Scenario scenario = FuzzAccess.scenario(setBase, sets);
      Decision with = setBase.withScenarios(List.of(scenario));
      LimitCheck.check(with);
      return analysed(with.under(scenario), Optional.empty());
    } catch (Problem f) {
      return refused(f.userMessage());
    } catch (InvalidDecisionException e) {
      tally.refusedByAnalysis(e.messageKey());
      return refused(new dev.crossroads.Message(e.messageKey(), e.arguments()));
    } catch (RuntimeException e) {
      return Result.failed(e);
    }
  }

  static long limit(Kind kind) {
    return switch (kind) {
      case PROFILE -> InputKind.PROFILE.maxBytes();
      case DRAFT -> InputKind.DRAFT.maxBytes();
      case TEMPLATE -> InputKind.TEMPLATE.maxBytes();
      default -> InputKind.ANSWERS.maxBytes();
    };
  }

  private Path write(Kind kind, String templateId, byte[] bytes) throws IOException {
    Path file =
        switch (kind) {
          case PROFILE -> dir.resolve("case.json");
          case TEMPLATE -> dir.resolve("templates").resolve(templateId + ".yaml");
          case ANSWERS -> dir.resolve("answers.yaml");
          case DRAFT -> dir.resolve("drafts/case.json");
          case SET -> throw new IllegalArgumentException("no file for --set");
        };
    Files.write(file, bytes);
    return file;
  }

  private Result load(Kind kind, Path file, String templateId) throws IOException {
    try {
      switch (kind) {
        case PROFILE -> {
          Profile profile = store.readProfileFile(file);
          return analysed(profile.resolved(), profile.money().isPresent() ? Optional.of(file) : Optional.empty());
        }
        case TEMPLATE -> {
          TemplateBank bank = new TemplateBank(
              new TemplateSources(Optional.empty(), Optional.of(dir.resolve("templates"))));
          bank.load(templateId);
        }
        case ANSWERS -> {
          AnswersFile.read(file);
          // One file in 64 that loads is played through a whole session, as `new --no-input
          // --answers FILE` would: its answers meet the same checks as a profile's figures.
          if (sessions++ % 64 == 0) {
            return session(file);
          }
        }
        case DRAFT -> new Drafts(dir.resolve("drafts")).load(file);
        default -> throw new IllegalArgumentException(kind.name());
      }
      return Result.ACCEPTED;
    } catch (Problem f) {
      return refused(f.userMessage());
    } catch (InvalidDecisionException e) {
      tally.refusedByAnalysis(e.messageKey());
      return refused(new dev.crossroads.Message(e.messageKey(), e.arguments()));
    } catch (RuntimeException | StackOverflowError e) {
      return Result.failed(e);
    } finally {
      if (kind == Kind.TEMPLATE) {
        Files.deleteIfExists(file);
      }
    }
  }

  /**
   * The analysis every command runs on a decision that loaded, rendered as JSON and as text; the
   * base and its first scenario; a money view through the money command itself.
   */
  private Result analysed(Decision decision, Optional<Path> withMoney) {
    Set<String> ownTexts = texts(decision);
    ownTexts.addAll(inputTexts());
    List<Decision> versions = new ArrayList<>(List.of(decision));
    decision.scenarios().stream().limit(1).map(decision::under).forEach(versions::add);
    for (Decision d : versions) {
      AnalysisResult result = analyzer.analyze(d, FEW_DRAWS);
      String report = new JsonReport().render(d, result);
      Optional<String> notANumber = notANumber(report, ownTexts);
      if (notANumber.isPresent()) {
        return Result.failed("JSON analysis holds " + notANumber.get());
      }
      String text = new TextSummary(english, TextStyle.plain(80))
          .render(new SummaryBuilder(english).build(d, result));
      for (String bad : NOT_NUMBERS) {
        if (text.contains(bad) && ownTexts.stream().noneMatch(t -> t.contains(bad))) {
          return Result.failed("text summary holds " + bad);
        }
      }
    }
    if (withMoney.isPresent()) {
      return money(withMoney.get(), ownTexts);
    }
    return Result.ACCEPTED;
  }

  private Result money(Path file, Set<String> ownTexts) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = new Main(new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err),
            Map.of("LANG", "en_US.UTF-8"), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC))
        .run("money", file.toString(), "--format", "json", "--debug");
    if (exit == ExitCode.DATA) {
      return Result.REFUSED;
    }
    if (exit != ExitCode.OK) {
      return Result.failed("money exited " + exit + ": " + err);
    }
    return notANumber(out.toString(), ownTexts)
        .map(bad -> Result.failed("money JSON holds " + bad))
        .orElse(Result.ACCEPTED);
  }

  /** The session on an answers file, in a fresh home: it may refuse, never fail. */
  private Result session(Path answers) throws IOException {
    Path home = dir.resolve("session-home");
    if (Files.exists(home)) {
      try (Stream<Path> walk = Files.walk(home)) {
        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Map<String, String> env = Map.of("LANG", "C.UTF-8", "HOME", home.toString(),
        "CROSSROADS_HOME", home.resolve("crossroads").toString());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = ExitCode.of(InteractiveEntry.run(
        new String[] {"new", "--no-input", "--answers", answers.toString()},
        new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), env, new FewDrawsSummarizer()));
    String said = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    if (exit == ExitCode.INTERNAL || said.contains("internal error")) {
      return Result.failed("the session on it exited " + exit + ": " + said.substring(0, Math.min(said.length(), 2000)));
    }
    for (String bad : NOT_NUMBERS) {
      if (said.contains(bad) && !input.contains(bad)) {
        return Result.failed("the session's summary holds " + bad);
      }
    }
    return exit == ExitCode.OK ? Result.ACCEPTED : Result.REFUSED;
  }

  /** A number written as "NaN" or "Infinity" (Jackson's way) that is not the decision's own text. */
  private Optional<String> notANumber(String report, Set<String> ownTexts) {
    JsonNode root;
    try {
      root = json.readTree(report);
    } catch (IOException e) {
      return Optional.of("text that is not JSON: " + e.getMessage());
    }
    List<JsonNode> pending = new ArrayList<>(List.of(root));
    while (!pending.isEmpty()) {
      JsonNode node = pending.remove(pending.size() - 1);
      if (node.isNumber() && !Double.isFinite(node.doubleValue())) {
        return Optional.of(node.toString());
      }
      if (node.isTextual() && NOT_NUMBERS.contains(node.textValue()) && !ownTexts.contains(node.textValue())) {
        return Optional.of("\"" + node.textValue() + "\"");
      }
      for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
        pending.add(it.next());
      }
    }
    return Optional.empty();
  }

  /** A clean refusal renders in English and Korean, in plain words and bounded length. */
  private Result refused(dev.crossroads.Message message) {
    String en;
    String ko;
    try {
      en = english.get(message);
      ko = korean.get(message);
    } catch (RuntimeException e) {
      return Result.failed(e);
    }
    tally.message(Math.max(en.length(), ko.length()));
    for (String leak : LEAKS) {
      if (en.contains(leak) && !input.contains(leak)) {
        return Result.failed("refusal names " + leak + ": " + en.substring(0, Math.min(en.length(), 300)));
      }
    }
    if (en.length() > 50_000) {
      return Result.failed("a refusal of " + en.length() + " characters");
    }
    return Result.REFUSED;
  }

  /**
   * Every string value of the case's input when it is JSON: a currency or an obligation's label
   * may be "-Infinity" as text, and the reports show it as it was written.
   */
  private Set<String> inputTexts() {
    Set<String> texts = new HashSet<>();
    try {
      List<JsonNode> pending = new ArrayList<>(List.of(json.readTree(input.getBytes(StandardCharsets.ISO_8859_1))));
      while (!pending.isEmpty()) {
        JsonNode node = pending.remove(pending.size() - 1);
        if (node.isTextual()) {
          texts.add(node.textValue());
        }
        node.elements().forEachRemaining(pending::add);
      }
    } catch (IOException | RuntimeException e) {
      // not JSON (a --set case): the decision's own texts are all there is
    }
    return texts;
  }

  private static Set<String> texts(Decision d) {
    Set<String> texts = new HashSet<>(List.of(d.title()));
    for (Option o : d.options()) {
      texts.add(o.id());
      texts.add(o.label());
    }
    for (Criterion c : d.criteria()) {
      texts.addAll(List.of(c.id(), c.label(), c.description()));
      if (c.scale() instanceof QuantityScale q) {
        texts.add(q.unit());
      }
    }
    d.scenarios().forEach(s -> texts.addAll(List.of(s.name(), s.description())));
    texts.addAll(d.reflections().values());
    return texts;
  }
}
