package dev.crossroads.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.crossroads.decision.Limits;
import java.util.OptionalInt;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The JSON and YAML parsers, set to stop where the limits of docs/limits.md say a file has gone
 * too far, so that nothing is built in memory from a file past them. The field-by-field checks
 * of the readers come first for anything a real file could hold (an id of 201 characters is
 * refused there, with its own words); these are the backstop for what no real file holds.
 */
public final class ParserLimits {
  /**
   * The deepest a document may nest. A profile's deepest value (a scenario's rating range) is
   * six levels down; an alias bomb or a thousand brackets is refused at once.
   */
  public static final int MAX_DEPTH = 32;
  /**
   * The longest text value, in UTF-16 characters: a description or reflection of {@value
   * Limits#MAX_TEXT} characters may take two of them each.
   */
  public static final int MAX_STRING = 2 * Limits.MAX_TEXT;
  /**
   * The longest field name of a profile, in UTF-16 characters (names are ids, at most {@value
   * Limits#MAX_ID} characters, two each at most).
   */
  public static final int MAX_NAME = 2 * Limits.MAX_ID;
  /**
   * The most characters a number may be written with: any double written out in full, as the
   * profile writer does (4.9E-324 takes 327), but never a 100,000-digit number, which would cost
   * quadratic time to convert.
   */
  public static final int MAX_NUMBER = 400;
  /**
   * The longest line of a YAML file, in characters. SnakeYAML reads a long line in time that
   * grows with its square (a single 10 MB line takes minutes); no answer or template text comes
   * near this.
   */
  public static final int MAX_YAML_LINE = 65_536;

  private ParserLimits() {}

  /** A JSON parser factory for files of {@code kind}. */
  public static JsonFactory json(InputKind kind) {
    // Repeated fields are left to the readers, which report every one with its position.
    return JsonFactory.builder().streamReadConstraints(constraints(kind)).build();
  }

  /**
   * A YAML parser factory for files of {@code kind}: SnakeYAML's own limits (code points, depth,
   * aliases) and Jackson's set alike. A key given twice is refused: in a hand-written file it is
   * almost always a slip, and the later one would win silently.
   */
  public static YAMLFactory yaml(InputKind kind) {
    LoaderOptions loader = new LoaderOptions();
    loader.setCodePointLimit(Math.toIntExact(kind.maxBytes()));
    loader.setNestingDepthLimit(MAX_DEPTH);
    loader.setMaxAliasesForCollections(MAX_DEPTH);
    loader.setAllowDuplicateKeys(false);
    YAMLFactory factory =
        YAMLFactory.builder()
            .loaderOptions(loader)
            .streamReadConstraints(constraints(kind))
            .build();
    factory.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    return factory;
  }

  private static StreamReadConstraints constraints(InputKind kind) {
    return StreamReadConstraints.builder()
        .maxDocumentLength(kind.maxBytes())
        .maxNestingDepth(MAX_DEPTH)
        .maxStringLength(MAX_STRING)
        .maxNameLength(MAX_NAME)
        .maxNumberLength(MAX_NUMBER)
        .build();
  }

  /** The first line (from 1) of {@code text} longer than {@value #MAX_YAML_LINE} characters. */
  public static OptionalInt longYamlLine(String text) {
    int line = 1;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        if (i - start > MAX_YAML_LINE) {
          return OptionalInt.of(line);
        }
        line++;
        start = i + 1;
      }
    }
    return OptionalInt.empty();
  }
}
