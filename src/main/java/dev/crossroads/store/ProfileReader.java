package dev.crossroads.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.crossroads.Problem;
import dev.crossroads.Message;
import dev.crossroads.Quote;
import dev.crossroads.decision.Decision;
import dev.crossroads.input.BoundedFile;
import dev.crossroads.input.InputKind;
import dev.crossroads.input.IoReason;
import dev.crossroads.input.SyntaxProblem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads profile files (schema 1, see docs/profile-format.md). Every problem comes back as a
 * {@link Problem}: {@link ProfileFormatException} (bad data) naming file, line and column for
 * content, or one of kind {@link Problem.Kind#MISSING} for a file that is missing or cannot be read.
 */
public final class ProfileReader {

  /**
   * Reads the decision at {@code path}, with any criterion the money view feeds already rated from
   * it ({@link Profile#resolved()}); messages name the file as the path was given.
   */
  public Decision read(Path path) {
    return readProfile(path).resolved();
  }

  /** Reads the whole profile at {@code path}: the decision as written and its money view. */
  public Profile readProfile(Path path) {
    String source = path.toString();
    byte[] bytes;
    try {
      bytes = BoundedFile.read(path, InputKind.PROFILE);
    } catch (NoSuchFileException e) {
      throw new Problem(Problem.Kind.MISSING, Message.of("store.noSuchFile", source), e);
    } catch (IOException e) {
      throw new Problem(Problem.Kind.MISSING, Message.of("store.unreadable", source, IoReason.of(e)), e);
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new Problem(Problem.Kind.BAD_DATA, Message.of("store.notUtf8", source), e);
    }
    return parseProfile(text, source);
  }

  /** Reads a decision from text (resolved, as {@link #read}); {@code sourceName} names it in messages. */
  public Decision parse(String json, String sourceName) {
    return parseProfile(json, sourceName).resolved();
  }

  /** Reads a whole profile from text; {@code sourceName} is what messages call it (a file name). */
  public Profile parseProfile(String json, String sourceName) {
    // Editors on Windows may start UTF-8 files with a byte-order mark; JSON has no use for it.
    String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
    LocatedJson doc;
    try {
      doc = LocatedJson.parse(text);
    } catch (LocatedJson.EmptyDocument e) {
      throw new ProfileFormatException(
          new ProfileProblem(sourceName, new SourceLocation(1, 1), Message.of("store.empty")), e);
    } catch (LocatedJson.TooManyEntries e) {
      Object where = e.path().isEmpty() ? Message.of("store.theDocument") : Quote.cut(e.path());
      String max = String.format(Locale.ROOT, "%,d", LocatedJson.MAX_ENTRIES);
      throw new ProfileFormatException(
          new ProfileProblem(sourceName, e.at(), Message.of("store.tooManyEntries", where, max)),
          e);
    } catch (LocatedJson.TrailingContent e) {
      throw new ProfileFormatException(
          new ProfileProblem(sourceName, e.at(), Message.of("store.trailing")), e);
    } catch (JsonProcessingException e) {
      SyntaxProblem problem = SyntaxProblem.json(e, null);
      throw new ProfileFormatException(
          new ProfileProblem(
              sourceName, new SourceLocation(problem.line(), problem.column()), problem.detail()),
          e);
    } catch (IOException e) {
      throw new Problem(Problem.Kind.MISSING, Message.of("store.unreadable", sourceName, IoReason.of(e)), e);
    }
    return new ProfileParser(doc, sourceName).profile();
  }
}
