package dev.crossroads.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeded mutations of a text file: byte flips, cut and copied ranges, boundary numbers, control
 * characters, boundary lengths, repeated structure, deep nesting, truncation and, now and then,
 * a size past the file's limit. The same seed gives the same mutation.
 */
final class Mutator {
  /** Numbers at and past every limit, and the ones that break arithmetic. */
  static final List<String> BOUNDARY_NUMBERS =
      List.of(
          "0", "-0", "-0.0", "1", "-1", "0.5", "1e15", "1000000000000000", "1000000000000001",
          "-1000000000000000", "-1000000000000001", "1e16", "1e308", "-1e308", "1.7976931348623157E308",
          "1e309", "-1e309", "4.9E-324", "1e-320", "2.2250738585072014E-308", "NaN", "Infinity",
          "-Infinity", "1" + "0".repeat(309), "9".repeat(401), "0." + "0".repeat(330) + "1",
          "9007199254740993", "-9223372036854775809", "1E+2", "0x10", "00012", "1_000", "1,000", "");

  /** Characters a file should never be able to smuggle into a terminal or a computation. */
  static final List<String> AWKWARD =
      List.of(
          "\u0000", "\u0001", "\u0007", "\b", "\t", "\n", "\r", "\u001b", "\u001b[2J", "\u001b]0;x\u0007",
          "\u007f", "\u0085", "\u009b", "\u200b", "\u200d", "\u202e", "\u2028", "\ufeff", "\ufffd",
          "\ud83c\udf93", "\ud800", "대학원", "가", "\"", "\\", "'", ":", "- ", "{", "}", "[", "]", "&a",
          "*a", "!!java.lang.Object", "? ", "---\n", "...\n", "#", "%");

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
  private static final Pattern QUOTED = Pattern.compile("\"([^\"\\\\\\n]*)\"");

  private final SplittableRandom random;

  Mutator(long seed) {
    random = new SplittableRandom(seed);
  }

  int nextInt(int bound) {
    return random.nextInt(bound);
  }

  /**
   * {@code text} changed by one to three mutations, as the bytes of a file: UTF-8, with a few
   * bits flipped in one case of eight (then often no longer UTF-8).
   */
  byte[] mutate(String text) {
    String out = text;
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count && !out.isEmpty(); i++) {
      out = once(out);
    }
    byte[] bytes = out.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > 0 && random.nextInt(8) == 0) {
      for (int i = 1 + random.nextInt(4); i > 0; i--) {
        bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
      }
    }
    return bytes;
  }

  private String once(String text) {
    return switch (random.nextInt(13)) {
      case 0 -> insert(text, pick(AWKWARD));
      case 1 -> deleteRange(text);
      case 2 -> copyRange(text);
      case 3, 4 -> replaceNumber(text);
      case 5 -> insert(text, pick(BOUNDARY_NUMBERS));
      case 6, 7 -> replaceQuoted(text);
      case 8 -> duplicateLine(text);
      case 9 -> deleteLine(text);
      case 10 -> nest(text);
      case 11 -> text.substring(0, random.nextInt(text.length()));
      default -> repeatLine(text);
    };
  }

  private String deleteRange(String text) {
    int from = random.nextInt(text.length());
    int to = Math.min(text.length(), from + 1 + random.nextInt(40));
    return text.substring(0, from) + text.substring(to);
  }

  private String copyRange(String text) {
    int from = random.nextInt(text.length());
    int to = Math.min(text.length(), from + 1 + random.nextInt(200));
    int at = random.nextInt(text.length() + 1);
    return text.substring(0, at) + text.substring(from, to) + text.substring(at);
  }

  private String replaceNumber(String text) {
    List<int[]> spans = spans(NUMBER.matcher(text), 0);
    if (spans.isEmpty()) {
      return insert(text, pick(BOUNDARY_NUMBERS));
    }
    int[] span = spans.get(random.nextInt(spans.size()));
    return text.substring(0, span[0]) + pick(BOUNDARY_NUMBERS) + text.substring(span[1]);
  }

  /** A quoted string's content replaced by text at or past a length limit, or awkward text. */
  private String replaceQuoted(String text) {
    List<int[]> spans = spans(QUOTED.matcher(text), 1);
    if (spans.isEmpty()) {
      return insert(text, pick(AWKWARD));
    }
    int[] span = spans.get(random.nextInt(spans.size()));
    String content =
        switch (random.nextInt(8)) {
          case 0 -> "";
          case 1 -> "i".repeat(200 + random.nextInt(2));
          case 2 -> "가".repeat(200 + random.nextInt(2));
          case 3 -> "d".repeat(2000 + random.nextInt(2));
          case 4 -> "x".repeat(4001);
          case 5 -> pick(AWKWARD) + text.substring(span[0], span[1]);
          case 6 -> text.substring(span[0], span[1]) + pick(BOUNDARY_NUMBERS);
          default -> pick(BOUNDARY_NUMBERS);
        };
    return text.substring(0, span[0]) + content + text.substring(span[1]);
  }

  private String duplicateLine(String text) {
    String[] lines = text.split("\n", -1);
    int i = random.nextInt(lines.length);
    return insertLine(lines, i, lines[i]);
  }

  /** One line repeated many times: a list far past its limit, or a key given many times. */
  private String repeatLine(String text) {
    String[] lines = text.split("\n", -1);
    int i = random.nextInt(lines.length);
    int times = random.nextInt(4) == 0 ? 2_001 : 2 + random.nextInt(70);
    return insertLine(lines, i, (lines[i] + "\n").repeat(times - 1) + lines[i]);
  }

  private String deleteLine(String text) {
    String[] lines = text.split("\n", -1);
    int i = random.nextInt(lines.length);
    StringBuilder out = new StringBuilder();
    for (int j = 0; j < lines.length; j++) {
      if (j != i) {
        out.append(lines[j]).append(j < lines.length - 1 ? "\n" : "");
      }
    }
    return out.toString();
  }

  /** A value wrapped in brackets, past or within the depth limit. */
  private String nest(String text) {
    int depth = random.nextBoolean() ? 30 : 40 + random.nextInt(2000);
    int at = random.nextInt(text.length() + 1);
    return text.substring(0, at) + "[".repeat(depth) + "1" + "]".repeat(depth) + text.substring(at);
  }

  private String insertLine(String[] lines, int after, String line) {
    StringBuilder out = new StringBuilder();
    for (int j = 0; j < lines.length; j++) {
      out.append(lines[j]);
      if (j == after) {
        out.append('\n').append(line);
      }
      if (j < lines.length - 1) {
        out.append('\n');
      }
    }
    return out.toString();
  }

  private String insert(String text, String piece) {
    int at = random.nextInt(text.length() + 1);
    return text.substring(0, at) + piece + text.substring(at);
  }

  String pick(List<String> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  private static List<int[]> spans(Matcher m, int group) {
    List<int[]> spans = new java.util.ArrayList<>();
    while (m.find() && spans.size() < 500) {
      spans.add(new int[] {m.start(group), m.end(group)});
    }
    return spans;
  }
}
