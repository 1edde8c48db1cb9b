package dev.crossroads.questions;

import dev.crossroads.Present;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The directories templates come from besides the built-in bank: the XDG config directory
 * ({@code $XDG_CONFIG_HOME/crossroads/questions}, else {@code ~/.config/crossroads/questions})
 * and a {@code --questions} directory. A missing config directory is simply skipped; a missing
 * {@code --questions} directory is an error, since the person named it.
 */
public record TemplateSources(Optional<Path> configDir, Optional<Path> questionsDir) {
  public TemplateSources {
    Present.all("configDir", configDir, "questionsDir", questionsDir);
  }

  /** Only the templates inside the jar. */
  public static TemplateSources builtInOnly() {
    return new TemplateSources(Optional.empty(), Optional.empty());
  }

  /** The config directory as the environment places it, plus an optional --questions dir. */
  public static TemplateSources from(Map<String, String> env, Optional<Path> questionsDir) {
    return new TemplateSources(configDir(env), questionsDir);
  }

  static Optional<Path> configDir(Map<String, String> env) {
    String xdg = env.get("XDG_CONFIG_HOME");
    // The XDG spec says a relative value is invalid and must be ignored.
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Optional.of(Path.of(xdg, "crossroads", "questions"));
    }
    String home = env.get("HOME");
    if (home != null && !home.isBlank()) {
      return Optional.of(Path.of(home, ".config", "crossroads", "questions"));
    }
    return Optional.empty();
  }
}
