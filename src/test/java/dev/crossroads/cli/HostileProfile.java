package dev.crossroads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The example profile with money (docs/examples/grad-school-money.json) as a hostile friend would
 * share it: every text the person can write (title, labels, descriptions, reflections, the unit,
 * the currency, a repayment's label, scenario names and descriptions, the plan and its steps, a
 * look back in the journal, and one option's id) carries
 * every C0 control but newline and tab, DEL, every C1 control, the bidirectional overrides,
 * isolates and marks, the window-title and clear-screen sequences, colour sequences of its
 * own, and HTML and Markdown that would run or link.
 */
final class HostileProfile {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path EXAMPLE = Path.of("docs/examples/grad-school-money.json");

  /** Every code point the issue says must never reach a terminal raw, as the issue lists them. */
  static final String CONTROLS =
      IntStream.concat(
              IntStream.rangeClosed(0x00, 0x9F)
                  .filter(cp -> cp < 0x20 || cp >= 0x7F)
                  .filter(cp -> cp != '\n' && cp != '\t'),
              IntStream.of(
                  0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E,
                  0x200F, 0x061C))
          .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
          .toString();

  /** The example: renames the terminal window, then clears the screen. */
  static final String WINDOW_AND_CLEAR = "\u001b]0;pwned\u0007 \u001b[2J";
  /** What a terminal shows for it once cleaned. */
  static final String WINDOW_AND_CLEAR_SHOWN = "␛]0;pwned␇ ␛[2J";
  /** Colour sequences of the file's own: hidden text, then a colour no renderer uses. */
  static final String OWN_COLOURS = "\u001b[8m\u001b[38;5;196m";

  /** The id of the option whose id is hostile too; ids reach listings and errors. */
  static final String HOSTILE_ID = "industry\u001b[2J\u009b1m";

  /** A hostile text starting with {@code what}, so a test can tell the fields apart. */
  static String text(String what) {
    return what
        + " A "
        + WINDOW_AND_CLEAR
        + " <script>alert('"
        + what
        + "')</script><img src=x onerror=alert(1)> [win](javascript:alert(2)) "
        + OWN_COLOURS
        + CONTROLS
        + " \r\b\bend";
  }

  /**
   * A hostile label starting with {@code what}: the same payloads as {@link #text} with half of
   * {@link #CONTROLS} ({@code half} 0 or 1), so that it stays within a label's 200 characters
   * and the fields between them still carry every control.
   */
  static String label(String what, int half) {
    int cut = CONTROLS.length() / 2;
    String label = what
        + " A "
        + WINDOW_AND_CLEAR
        + " <script>alert('"
        + what
        + "')</script><img src=x onerror=alert(1)> [win](javascript:alert(2)) "
        + OWN_COLOURS
        + (half == 0 ? CONTROLS.substring(0, cut) : CONTROLS.substring(cut))
        + " \r\b\bend\nnext line";
    if (label.length() > 200) {
      throw new IllegalStateException("a hostile label past the label limit: " + label.length());
    }
    return label;
  }

  private HostileProfile() {}

  /** The hostile profile as JSON; {@code mentor} moves one rating, for compare --with. */
  static String json(boolean mentor) {
    try {
      ObjectNode root = (ObjectNode) JSON.readTree(EXAMPLE.toFile());
      root.put("title", label("Title", 0));
      int i = 0;
      for (JsonNode option : root.get("options")) {
        ((ObjectNode) option).put("label", label("Option" + ++i, i % 2));
      }
      i = 0;
      for (JsonNode criterion : root.get("criteria")) {
        ObjectNode c = (ObjectNode) criterion;
        c.put("label", label("Criterion" + ++i, i % 2));
        c.put("description", text("Description" + i));
        if (c.get("scale").has("unit")) {
          ((ObjectNode) c.get("scale")).put("unit", label("Unit", i % 2));
        }
      }
      ObjectNode reflections = (ObjectNode) root.get("reflections");
      reflections.fieldNames().forEachRemaining(key -> reflections.put(key, text("Reflection") + "\nsecond line " + CONTROLS));
      reflections.put("no-such-prompt" + CONTROLS, text("Unprompted"));
      ObjectNode money = (ObjectNode) root.get("money");
      money.put("currency", "KRW" + CONTROLS);
      for (JsonNode obligation : money.at("/options/sponsored/obligations")) {
        ((ObjectNode) obligation).put("label", label("Repayment", 1));
      }
      root.putArray("gates").addObject().put("criterion", "growth").put("atLeast", 7);
      ObjectNode scenario = root.putArray("scenarios").addObject();
      scenario.put("name", label("Scenario", 1));
      scenario.put("description", text("ScenarioDescription"));
      scenario.putObject("ratings").putObject("masters").put("growth", 5);
      ObjectNode plain = ((com.fasterxml.jackson.databind.node.ArrayNode) root.get("scenarios")).addObject();
      plain.put("name", "plain");
      plain.put("description", "");
      plain.putObject("weights").put("method", "points").putObject("points")
          .put("growth", 60).put("market-fit", 10).put("fun", 10).put("freedom", 10).put("networth", 10);
      ObjectNode plan = root.putObject("plan");
      plan.put("a", text("PlanA"));
      plan.put("z", text("PlanZ"));
      plan.put("signals", text("Signals"));
      com.fasterxml.jackson.databind.node.ArrayNode steps = plan.putArray("steps");
      steps.addObject().put("what", text("StepOverdue")).put("by", "2026-11-01");
      steps.addObject().put("what", text("StepAhead")).put("by", "2027-01-01");
      ObjectNode look = root.putArray("journal").addObject();
      look.put("date", "2026-11-20").put("chose", text("Chose")).put("outcome", 6)
          .put("learned", text("Learned")).put("hindsight", "too-sure")
          .put("gutFirst", label("GutFirst", 0)).put("modelFirst", label("ModelFirst", 1))
          .put("modelChance", 0.55);
      if (mentor) {
        ((ObjectNode) root.at("/ratings/masters")).put("freedom", 2);
      }
      renameOption(root, "industry", HOSTILE_ID);
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Gives an option a new id everywhere the profile names it. */
  private static void renameOption(ObjectNode root, String from, String to) {
    for (JsonNode option : root.get("options")) {
      if (option.get("id").asText().equals(from)) {
        ((ObjectNode) option).put("id", to);
      }
    }
    renameKey((ObjectNode) root.get("ratings"), from, to);
    renameKey((ObjectNode) root.at("/money/options"), from, to);
    List<String> gut = new ArrayList<>();
    root.get("gutRanking").forEach(id -> gut.add(id.asText().equals(from) ? to : id.asText()));
    root.putArray("gutRanking").addAll(gut.stream().map(JSON.getNodeFactory()::textNode).toList());
  }

  /** Renames one key of an object, keeping the order of the others. */
  private static void renameKey(ObjectNode object, String from, String to) {
    List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      entries.add(it.next());
    }
    object.removeAll();
    entries.forEach(e -> object.set(e.getKey().equals(from) ? to : e.getKey(), e.getValue()));
  }

  /** True for what the issue says must never reach a terminal raw: the definition, from it. */
  static boolean forbidden(char c) {
    return (c < 0x20 && c != '\n' && c != '\t')
        || (c >= 0x7F && c <= 0x9F)
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0x200E
        || c == 0x200F
        || c == 0x061C;
  }

  /**
   * Fails, showing where, if {@code output} holds a forbidden character. With {@code colour} on,
   * the renderers' own colour sequences are taken out first; any other escape still fails.
   */
  static void assertNoRawControls(String what, String output, boolean colour) {
    String checked = colour ? output.replaceAll("\u001b\\[[0-9;]*m", "") : output;
    for (int i = 0; i < checked.length(); i++) {
      if (forbidden(checked.charAt(i))) {
        int from = Math.max(0, i - 40);
        int to = Math.min(checked.length(), i + 20);
        throw new AssertionError(
            String.format(
                "%s: raw U+%04X at %d, in: %s",
                what,
                (int) checked.charAt(i),
                i,
                checked.substring(from, to).replaceAll("\\p{Cntrl}", "?")));
      }
    }
    assertThat(output).as(what).doesNotContain(OWN_COLOURS.substring(0, 4), "\u001b[38;5;196m");
  }
}
