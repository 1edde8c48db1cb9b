package dev.crossroads.session.files;

import dev.crossroads.session.ask.Numbers;
import dev.crossroads.session.state.Answer;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.crossroads.Problem;
import dev.crossroads.Message;
import dev.crossroads.Quote;
import dev.crossroads.decision.Limits;
import dev.crossroads.input.BoundedFile;
import dev.crossroads.input.InputKind;
import dev.crossroads.input.IoReason;
import dev.crossroads.input.ParserLimits;
import dev.crossroads.input.SyntaxProblem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers files: YAML or JSON mapping question ids to answers. Nested maps are read as dotted
 * ids ({@code rating: {masters: {growth: 7}}} is {@code rating.masters.growth: 7}); lists are
 * list answers; numbers and booleans are read as the text they would be typed as.
 *
 * <p>An answers file is untrusted like a profile, and is read within the limits of
 * docs/limits.md before a single question is asked: at most 1 MB, {@value #MAX_ANSWERS}
 * answers, ids of {@value #MAX_ID} characters, answers of {@value Limits#MAX_TEXT} (a title, a
 * unit and every item of a list, which are labels, of {@value Limits#MAX_LABEL}), lists of
 * {@value #MAX_ITEMS} items, and numbers within 10^15 wherever an answer is a number: what a
 * profile takes, so a scripted session never builds a decision its profile could not hold. Every refusal names the file, line and column: an id given twice too (as
 * {@code rating.masters.growth} and again nested under {@code rating}), since the later one
 * would otherwise win silently.
 */
public final class AnswersFile {
  /**
   * More answers than the largest session asks: 50 options rated on 60 criteria, 1,770 pairwise
   * judgements, a money view for every option.
   */
  static final int MAX_ANSWERS = 10_000;
  /**
   * A question id: {@code weights.pair.A.B} names two ids of up to {@value Limits#MAX_ID}
   * characters, joined by short words.
   */
  static final int MAX_ID = 500;
  /** Ids whose answer is a label, at most {@value Limits#MAX_LABEL} characters, as in a profile. */
  private static final Pattern LABELS = Pattern.compile("decision\\.title|custom\\..*\\.unit");
  /** Items of a list answer: options, criteria, a ranking. */
  static final int MAX_ITEMS = 100;
  /** Ids whose answers are numbers (or ranges of them): their numbers must be within 10^15. */
  private static final List<String> NUMERIC =
      List.of("rating.", "dealbreaker.", "weights.points.", "weights.pair.", "weights.rank.place.",
          "money.");
  /** A run of digits as the session reads numbers, with its grouping ("3,000", "1_000"). */
  private static final Pattern DIGITS = Pattern.compile("\\d[\\d,_]*(\\.\\d*)?");
  private static final YAMLFactory LIMITED = ParserLimits.yaml(InputKind.ANSWERS);

  private AnswersFile() {}

  /**
   * @throws Problem {@link Problem.Kind#MISSING} when the file is missing or cannot be read, {@link
   *     Problem.Kind#BAD_DATA} with file:line:column when it is not a valid answers file or passes a limit
   */
  public static Map<String, Answer> read(Path file) {
    String source = file.toString();
    byte[] bytes;
    try {
      bytes = BoundedFile.read(file, InputKind.ANSWERS);
    } catch (IOException e) {
      throw new Problem(Problem.Kind.MISSING,
          Message.of("session.input.unreadable", source, IoReason.of(e)), e);
    }
    String text = utf8(bytes, source);
    OptionalInt longLine = ParserLimits.longYamlLine(text);
    if (longLine.isPresent()) {
      throw refused(source, SyntaxProblem.longLine(longLine.getAsInt()));
    }
    try (JsonParser parser = LIMITED.createParser(text)) {
      try {
        return new Reader(parser, source).answers();
      } catch (JsonProcessingException e) {
        throw refused(source, SyntaxProblem.yaml(e, parser.currentTokenLocation()));
      }
    } catch (IOException e) {
      // A parser over a string reads no disk; only a parser fault can land here.
      throw new Problem(Problem.Kind.BAD_DATA,
          Message.of("session.input.unreadable", source, IoReason.of(e)), e);
    }
  }

  private static String utf8(byte[] bytes, String source) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new Problem(Problem.Kind.BAD_DATA, Message.of("input.notUtf8", source), e);
    }
  }

  private static Problem refused(String source, SyntaxProblem problem) {
    return refused(source, problem.line(), problem.column(), problem.detail());
  }

  private static Problem refused(String source, int line, int column, Message detail) {
    return new Problem(Problem.Kind.BAD_DATA,
        Message.of("input.at", source, String.valueOf(line), String.valueOf(column), detail));
  }

  /** Flattens the document into dotted ids, checking each against the limits where it stands. */
  private static final class Reader {
    private final JsonParser parser;
    private final String source;
    private final Map<String, Answer> out = new LinkedHashMap<>();
    private final Map<String, Integer> lineOf = new HashMap<>();

    Reader(JsonParser parser, String source) {
      this.parser = parser;
      this.source = source;
    }

    Map<String, Answer> answers() throws IOException {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new Problem(Problem.Kind.BAD_DATA, Message.of("session.input.shape", source));
      }
      mapping("");
      if (parser.nextToken() != null) {
        // A second YAML document ("---"): its answers would be ignored.
        throw new Problem(Problem.Kind.BAD_DATA, Message.of("session.input.shape", source));
      }
      return out;
    }

    private void mapping(String prefix) throws IOException {
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        JsonLocation at = parser.currentTokenLocation();
        String id = prefix.isEmpty() ? parser.currentName() : prefix + "." + parser.currentName();
        if (Limits.length(id) > MAX_ID) {
          throw problem(at, Message.of("input.answers.idTooLong",
              String.valueOf(Limits.length(id)), String.valueOf(MAX_ID)));
        }
        JsonToken value = parser.nextToken();
        if (value == JsonToken.START_OBJECT) {
          mapping(id);
          continue;
        }
        Answer answer = value == JsonToken.START_ARRAY ? items(id)
            : Answer.text(scalar(id, LABELS.matcher(id).matches() ? Limits.MAX_LABEL : Limits.MAX_TEXT));
        Integer first = lineOf.putIfAbsent(id, at.getLineNr());
        if (first != null) {
          throw problem(at, Message.of("input.answers.twice", Quote.cut(id), String.valueOf(first)));
        }
        if (out.size() == MAX_ANSWERS) {
          throw problem(at, Message.of("input.answers.tooMany", String.format(Locale.ROOT, "%,d", MAX_ANSWERS)));
        }
        out.put(id, answer);
      }
    }

    private Answer items(String id) throws IOException {
      List<String> items = new ArrayList<>();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        if (parser.currentToken().isStructStart()) {
          throw problem(parser.currentTokenLocation(), Message.of("input.answers.nested"));
        }
        if (items.size() == MAX_ITEMS) {
          throw problem(parser.currentTokenLocation(),
              Message.of("input.answers.tooManyItems", String.valueOf(MAX_ITEMS)));
        }
        items.add(scalar(id, Limits.MAX_LABEL));
      }
      return Answer.items(items);
    }

    /** The current scalar as the text it would be typed as, at most {@code max} characters. */
    private String scalar(String id, int max) throws IOException {
      JsonLocation at = parser.currentTokenLocation();
      JsonToken token = parser.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        return "";
      }
      if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
        return token == JsonToken.VALUE_TRUE ? "yes" : "no";
      }
      if (token.isNumeric()) {
        double number = parser.getDoubleValue();
        if (!Limits.inRange(number)) {
          throw problem(at, Message.of("input.answers.tooLarge", Quote.cut(parser.getText())));
        }
        return Numbers.format(number);
      }
      String text = parser.getText();
      if (Limits.length(text) > max) {
        throw problem(at, Message.of("input.answers.tooLong",
            String.valueOf(Limits.length(text)), String.valueOf(max)));
      }
      if (NUMERIC.stream().anyMatch(id::startsWith)) {
        Matcher digits = DIGITS.matcher(text);
        while (digits.find()) {
          String plain = digits.group().replace(",", "").replace("_", "");
          if (plain.endsWith(".")) {
            plain = plain.substring(0, plain.length() - 1);
          }
          if (!Limits.inRange(new java.math.BigDecimal(plain).doubleValue())) {
            throw problem(at, Message.of("input.answers.tooLarge", Quote.cut(digits.group())));
          }
        }
      }
      return text;
    }

    private Problem problem(JsonLocation at, Message detail) {
      return refused(source, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()), detail);
    }
  }

}
