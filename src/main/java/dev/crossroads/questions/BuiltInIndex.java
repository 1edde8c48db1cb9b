package dev.crossroads.questions;

import dev.crossroads.Problem;
import dev.crossroads.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Reads {@code questions/index.properties}: the built-in template ids in the order offered, with
 * their titles and criteria counts. A properties file needs nothing beyond java.base, so the
 * template list can be shown before Jackson and SnakeYAML are loaded (measured: that load is most
 * of the cost of reading the first template). A test keeps the index equal to the files.
 */
final class BuiltInIndex {
  static final String ROOT = "questions/";
  static final String PATH = ROOT + "index.properties";

  private BuiltInIndex() {}

  /** The built-in templates, or none when the class path has no bank. */
  static List<TemplateSummary> read(ClassLoader classLoader) {
    InputStream in = classLoader.getResourceAsStream(PATH);
    if (in == null) {
      return List.of();
    }
    Properties index = new Properties();
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      index.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      throw new Problem(Problem.Kind.BAD_DATA, Message.of("questions.badIndex", PATH, "templates"), e);
    }
    List<TemplateSummary> summaries = new ArrayList<>();
    for (String id : index.getProperty("templates", "").split(",")) {
      id = id.strip();
      if (id.isEmpty()) {
        continue;
      }
      summaries.add(
          new TemplateSummary(
              id,
              new LocalizedText(
                  required(index, id + ".title.en"), required(index, id + ".title.ko")),
              count(index, id + ".preselected"),
              count(index, id + ".criteria"),
              TemplateSource.BUILT_IN,
              ROOT + id + ".yaml"));
    }
    return summaries;
  }

  private static String required(Properties index, String key) {
    String value = index.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new Problem(Problem.Kind.BAD_DATA, Message.of("questions.badIndex", PATH, key));
    }
    return value.strip();
  }

  private static int count(Properties index, String key) {
    try {
      return Integer.parseInt(required(index, key));
    } catch (NumberFormatException e) {
      throw new Problem(Problem.Kind.BAD_DATA, Message.of("questions.badIndex", PATH, key), e);
    }
  }
}
