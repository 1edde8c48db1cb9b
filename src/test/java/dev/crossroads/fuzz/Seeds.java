package dev.crossroads.fuzz;

import dev.crossroads.session.state.Answer;
import dev.crossroads.session.files.Drafts;
import dev.crossroads.session.state.EditOrigin;
import dev.crossroads.session.state.SessionState;
import dev.crossroads.store.LargeProfiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Valid inputs of every kind, which the mutator starts from: the project's own examples. */
final class Seeds {
  /** A template seed and the id its file must be named after. */
  record NamedText(String id, String text) {}

  final List<String> profiles = new ArrayList<>();
  final List<NamedText> templates = new ArrayList<>();
  final List<String> answers = new ArrayList<>();
  final List<String> drafts = new ArrayList<>();
  /** Assignments of {@code scenario add --set}, for the example profile. */
  final List<String> sets =
      List.of(
          "weight.growth=30", "growth=25", "Growth=40", "weight.years=80", "salary=0",
          "rating.masters.growth=6..8", "rating.masters.growth=7", "rating.industry.growth=2..5..9",
          "rating.masters.salary=55,000,000..70,000,000", "rating.industry.salary=46_000_000",
          "rating.industry.years=-5..-2", "rating.masters.years=0.5~1~2", "rating.Master's.growth=5",
          "rating.ML.Salary in 3 years=60000000", "Years until=10", "rating.masters.growth=6-8");

  Seeds(Path scratch) {
    try {
      for (String dir : List.of("docs/examples", "src/test/resources/cli", "src/test/resources/profiles")) {
        files(Path.of(dir), ".json").forEach(f -> profiles.add(read(f)));
      }
      // At the limits of options and of criteria, each alone: 50 by 60 at once costs a tenth of a
      // second to analyse, and the fuzzer would spend half its time there.
      profiles.add(LargeProfiles.json(50, 6));
      profiles.add(LargeProfiles.json(3, 60));
      files(Path.of("questions"), ".yaml").forEach(f -> templates.add(named(f)));
      templates.add(named(Path.of("src/test/resources/questions/minimal.yaml")));
      String doc = read(Path.of("docs/answers-file.md"));
      for (int at = doc.indexOf("```yaml\n"); at >= 0; at = doc.indexOf("```yaml\n", at + 1)) {
        int start = at + 8;
        answers.add(doc.substring(start, doc.indexOf("```", start)));
      }
      answers.add("{\"template\": \"grad-school\", \"gut\": [\"job\", \"masters\"],"
          + " \"rating\": {\"masters\": {\"growth\": 7, \"money\": \"30-50\"}}, \"weights.points.growth\": 50}");
      drafts.addAll(drafts(scratch));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Two drafts as the session writes them: a new decision part-way, and an edit. */
  private List<String> drafts(Path scratch) throws IOException {
    Map<String, Answer> given = new LinkedHashMap<>();
    given.put("template", Answer.text("grad-school"));
    given.put("options", Answer.items(List.of("Master's", "Start working now", "대학원")));
    given.put("gut", Answer.items(List.of("masters", "job")));
    given.put("rating.masters.growth", Answer.text("6-8"));
    given.put("weights.points.growth", Answer.text("40"));
    Drafts drafts = new Drafts(scratch.resolve("drafts"));
    Path plain = scratch.resolve("drafts/plain.json");
    drafts.save(plain, new SessionState("en", given, "rating.masters.interest", false, "7"));
    Path edit = scratch.resolve("drafts/edit.json");
    drafts.save(edit, new SessionState("ko", given, "review", true, "",
        Optional.of(new EditOrigin("대학원", "0123abcd", LargeProfiles.json(3, 4)))));
    return List.of(read(plain), read(edit));
  }

  private static NamedText named(Path file) {
    String name = file.getFileName().toString();
    return new NamedText(name.substring(0, name.length() - ".yaml".length()), read(file));
  }

  private static List<Path> files(Path dir, String extension) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(p -> p.toString().endsWith(extension)).sorted().toList();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
