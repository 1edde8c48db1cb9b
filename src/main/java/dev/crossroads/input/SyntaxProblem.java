package dev.crossroads.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.crossroads.Message;
import dev.crossroads.Quote;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Where and why a JSON or YAML parser stopped, in words a person can act on: "a text longer than
 * 4,000 characters" rather than the name of a Jackson setting, "not valid YAML: could not find
 * expected ':'" rather than a Java exception with a caret diagram. Line and column count from 1.
 */
public record SyntaxProblem(int line, int column, Message detail) {
  /** Jackson's words for a key given twice in one mapping (STRICT_DUPLICATE_DETECTION). */
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");
  /**
   * Where Jackson says a mismatched bracket was opened, in its own location format: "(for
   * Object starting at [Source: REDACTED ...; line: 3, column: 5])".
   */
  private static final Pattern OPENED =
      Pattern.compile("\\(for (?:Object|Array|root) starting at \\[Source:[^\\]]*?line: (\\d+), column: (\\d+)\\]\\)");
  /** Any other location Jackson writes into a message. */
  private static final Pattern SOURCE = Pattern.compile("\\s*(at )?\\[Source:[^\\]]*\\]");

  /**
   * Why a JSON parser stopped.
   *
   * @param e what the parser threw
   * @param where the start of the token the parser was on when it threw, for the exceptions
   *     that do not say (a limit passed) and for a repeated key; null when unknown
   */
  public static SyntaxProblem json(JsonProcessingException e, JsonLocation where) {
    return of(e, where, "input.jsonSyntax");
  }

  /** Why a YAML parser stopped; see {@link #json}. */
  public static SyntaxProblem yaml(JsonProcessingException e, JsonLocation where) {
    return of(e, where, "input.yamlSyntax");
  }

  private static SyntaxProblem of(JsonProcessingException e, JsonLocation where, String syntaxKey) {
    if (e instanceof StreamConstraintsException limit) {
      JsonLocation at = limit.getLocation() != null ? limit.getLocation() : where;
      return at(at, limitPassed(String.valueOf(limit.getOriginalMessage())));
    }
    Optional<MarkedYAMLException> yaml = yamlCause(e);
    if (yaml.isPresent() && yaml.get().getProblemMark() != null) {
      Mark mark = yaml.get().getProblemMark();
      return new SyntaxProblem(
          mark.getLine() + 1,
          mark.getColumn() + 1,
          Message.of(syntaxKey, Quote.cut(String.valueOf(yaml.get().getProblem()))));
    }
    JsonLocation at = e.getLocation() != null ? e.getLocation() : where;
    String message = firstLine(e.getOriginalMessage());
    Matcher duplicate = DUPLICATE.matcher(message);
    if (duplicate.matches()) {
      // Jackson reports past the key; the key's own start is where a person looks.
      return at(where != null ? where : at, Message.of("input.duplicateKey", Quote.cut(duplicate.group(1))));
    }
    return at(at, Message.of(syntaxKey, Quote.cut(plain(message))));
  }

  /** Jackson's message without its location notation: the position is given already. */
  private static String plain(String message) {
    String opened = OPENED.matcher(message).replaceAll("(opened on line $1, column $2)");
    return SOURCE.matcher(opened).replaceAll("").strip();
  }

  /** A long line found before parsing (see {@link ParserLimits#longYamlLine}). */
  public static SyntaxProblem longLine(int line) {
    return new SyntaxProblem(
        line, 1, Message.of("input.limit.line", grouped(ParserLimits.MAX_YAML_LINE)));
  }

  private static SyntaxProblem at(JsonLocation at, Message detail) {
    if (at == null) {
      return new SyntaxProblem(1, 1, detail);
    }
    return new SyntaxProblem(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()), detail);
  }

  /**
   * Jackson says which limit was passed only in its message ("String value length (4001)
   * exceeds the maximum allowed (4000, from `StreamReadConstraints.getMaxStringLength()`)"); the
   * start of it is stable across versions, and a test pins each one.
   */
  private static Message limitPassed(String message) {
    if (message.startsWith("String value length")) {
      return Message.of("input.limit.string", grouped(ParserLimits.MAX_STRING));
    }
    if (message.startsWith("Number value length")) {
      return Message.of("input.limit.number", grouped(ParserLimits.MAX_NUMBER));
    }
    if (message.startsWith("Document nesting depth") || message.startsWith("Depth")) {
      return Message.of("input.limit.depth", ParserLimits.MAX_DEPTH);
    }
    if (message.startsWith("Name length")) {
      return Message.of("input.limit.name", grouped(ParserLimits.MAX_NAME));
    }
    if (message.startsWith("Document length")) {
      return Message.of("input.limit.document");
    }
    return Message.of("input.limit.other");
  }

  private static Optional<MarkedYAMLException> yamlCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MarkedYAMLException marked) {
        return Optional.of(marked);
      }
    }
    return Optional.empty();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  private static String grouped(int number) {
    return String.format(java.util.Locale.ROOT, "%,d", number);
  }
}
