package dev.crossroads.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --home DIR}: keep profiles under DIR/profiles instead of the usual data folder. */
public final class HomeOption {
  @Option(names = "--home", paramLabel = "DIR", descriptionKey = "profiles.home")
  Optional<Path> home = Optional.empty();

  Optional<Path> value() {
    return home;
  }
}
