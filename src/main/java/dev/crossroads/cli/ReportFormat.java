package dev.crossroads.cli;

import dev.crossroads.Problem;
import dev.crossroads.Message;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@code --format} names, spelled one way for every command: {@code md} and {@code markdown}
 * are the same format, any case. Each command says which formats it writes; a name it does not
 * write is one line listing those, exit 2.
 */
enum ReportFormat {
  TEXT("text"),
  JSON("json"),
  MARKDOWN("md", "markdown"),
  HTML("html");

  private final String name;
  private final List<String> aliases;

  ReportFormat(String name, String... aliases) {
    this.name = name;
    this.aliases = List.of(aliases);
  }

  /** The name the format goes by in help and listings. */
  String id() {
    return name;
  }

  static Optional<ReportFormat> of(String written) {
    String w = written.strip().toLowerCase(Locale.ROOT);
    return Stream.of(values())
        .filter(f -> f.name.equals(w) || f.aliases.contains(w))
        .findFirst();
  }

  /**
   * @throws Problem {@link Problem.Kind#USAGE} naming {@code allowed} when {@code written} is none of
   *     them
   */
  static ReportFormat parse(String written, Set<ReportFormat> allowed) {
    return of(written)
        .filter(allowed::contains)
        .orElseThrow(() -> new Problem(Problem.Kind.USAGE,
            Message.of("cli.badFormat", written, listed(allowed))));
  }

  /** "text, json, md (or markdown)": the names, each with its other spellings. */
  static String listed(Collection<ReportFormat> formats) {
    return Stream.of(values())
        .filter(formats::contains)
        .map(f -> f.aliases.isEmpty() ? f.name : f.name + " (or " + String.join(", ", f.aliases) + ")")
        .collect(Collectors.joining(", "));
  }
}
