package dev.crossroads.session;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads just what the first screen shows from the bank's YAML text, without a YAML parser: the
 * ids listed in the index and a template's title. Anything it does not recognise makes it give
 * up (empty), and the caller reads the file properly instead.
 */
final class TitleScan {
  private static final Pattern LIST_ITEM = Pattern.compile("^\\s+-\\s+([A-Za-z0-9._-]+)\\s*$");
  private static final Pattern TEXT = Pattern.compile("^\\s+(en|ko):\\s*(.*)$");

  private TitleScan() {}

  /** The ids under {@code templates:} in an index file. */
  static List<String> indexIds(InputStream in) throws IOException {
    List<String> ids = new ArrayList<>();
    try (BufferedReader r = reader(in)) {
      boolean inList = false;
      for (String line; (line = r.readLine()) != null; ) {
        if (line.startsWith("templates:")) {
          inList = true;
          continue;
        }
        if (!inList || line.isBlank() || line.stripLeading().startsWith("#")) {
          continue;
        }
        Matcher m = LIST_ITEM.matcher(line);
        if (!m.matches()) {
          break;
        }
        ids.add(m.group(1));
      }
    }
    return ids;
  }

  /** The title in {@code language} (English when the Korean is missing), if the text is plain. */
  static Optional<String> title(InputStream in, String language) throws IOException {
    String en = null;
    String ko = null;
    try (BufferedReader r = reader(in)) {
      boolean inTitle = false;
      for (String line; (line = r.readLine()) != null; ) {
        if (line.startsWith("title:")) {
          if (!line.substring(6).isBlank()) {
            return Optional.empty();
          }
          inTitle = true;
          continue;
        }
        if (!inTitle) {
          continue;
        }
        Matcher m = TEXT.matcher(line);
        if (!m.matches()) {
          break;
        }
        Optional<String> value = scalar(m.group(2));
        if (value.isEmpty()) {
          return Optional.empty();
        }
        if (m.group(1).equals("en")) {
          en = value.get();
        } else {
          ko = value.get();
        }
      }
    }
    if ("ko".equals(language) && ko != null && !ko.isBlank()) {
      return Optional.of(ko);
    }
    return Optional.ofNullable(en);
  }

  /** A double-quoted scalar with simple escapes, or a plain one without YAML indicators. */
  private static Optional<String> scalar(String raw) {
    String s = raw.strip();
    if (s.startsWith("\"")) {
      StringBuilder b = new StringBuilder();
      for (int i = 1; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '\\' && i + 1 < s.length()) {
          char n = s.charAt(++i);
          if (n == '"' || n == '\\') {
            b.append(n);
          } else {
            return Optional.empty();
          }
        } else if (c == '"') {
          return s.substring(i + 1).isBlank() ? Optional.of(b.toString()) : Optional.empty();
        } else {
          b.append(c);
        }
      }
      return Optional.empty();
    }
    if (s.isEmpty() || "'|>&*!%@`{[#".indexOf(s.charAt(0)) >= 0 || s.contains(": ")
        || s.contains(" #")) {
      return Optional.empty();
    }
    return Optional.of(s);
  }

  private static BufferedReader reader(InputStream in) {
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }
}
