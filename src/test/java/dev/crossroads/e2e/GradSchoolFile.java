package dev.crossroads.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A whole grad-school decision as an answers file, saved as "grad" without the money view: what
 * a test needs on disk before a person opens it at the terminal.
 */
final class GradSchoolFile {
  private GradSchoolFile() {}

  /** Writes {@code dir/grad.yaml}, with {@code more} answers (YAML lines) at its end. */
  static Path write(Path dir, String... more) throws IOException {
    return Files.writeString(dir.resolve("grad.yaml"), """
        template: grad-school
        gut: [masters, job, keep-open, phd]
        rating:
          masters:   {growth: 7, interest: 6, jd-fit: 8, money: 70, time: 2, optionality: 7}
          phd:       {growth: 8, interest: 5, jd-fit: 9, money: 30-50, time: 5, optionality: 5}
          job:       {growth: 9, interest: 8, jd-fit: 6, money: 150, time: 0, optionality: 6}
          keep-open: {growth: 4, interest: 5, jd-fit: 5, money: 20, time: 0.5, optionality: 8}
        money.view: "no"
        save.name: grad
        """ + String.join("\n", more) + "\n", StandardCharsets.UTF_8);
  }
}
