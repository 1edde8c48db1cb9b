package dev.crossroads.questions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small valid templates into test directories. */
final class TestTemplates {
  private TestTemplates() {}

  /** The minimal template under another id and English title, saved as {@code dir/id.yaml}. */
  static Path write(Path dir, String id, String titleEn) {
    String yaml =
        SchemaCheck.text("questions/minimal.yaml")
            .replace("id: minimal", "id: " + id)
            .replace("\"Tea or coffee?\"", "\"" + titleEn + "\"");
    try {
      Files.createDirectories(dir);
      return Files.writeString(dir.resolve(id + ".yaml"), yaml, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
