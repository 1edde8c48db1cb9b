package dev.crossroads.session.files;

import dev.crossroads.session.state.Answer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.crossroads.Problem;
import dev.crossroads.Message;
import dev.crossroads.input.IoReason;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a session's answers as an answers file (YAML, or JSON when the name ends in .json),
 * atomically: a temporary file in the same folder, then a rename.
 */
public final class AnswersWriter {
  private AnswersWriter() {}

  /** Writes {@code answers} (in order) as YAML, or JSON when the file name ends in ".json". */
  public static void write(Path file, Map<String, Answer> answers) {
    boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    ObjectMapper mapper = json ? new ObjectMapper()
        : new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build());
    ObjectNode root = mapper.createObjectNode();
    answers.forEach((id, a) -> {
      if (a instanceof Answer.Text t) {
        root.put(id, t.value());
      } else {
        ArrayNode arr = root.putArray(id);
        ((Answer.Items) a).values().forEach(arr::add);
      }
    });
    Path dir = file.toAbsolutePath().getParent();
    try {
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, ".answers-", ".tmp");
      try {
        Files.write(tmp, json ? mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(root)
            : mapper.writeValueAsBytes(root));
        try {
          Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING,
              StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      // The disk refused (full, not allowed): an I/O error, with the reason in plain words.
      throw new Problem(Problem.Kind.IO,
          Message.of("input.answers.cannotWrite", file.toString(), IoReason.of(e)), e);
    }
  }
}
