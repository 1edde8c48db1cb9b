package dev.crossroads.cli;

import dev.crossroads.LanguageCode;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Picks the interface language: {@code --lang}, else LC_ALL / LC_MESSAGES / LANG, else English.
 * How a language may be written is {@link LanguageCode}'s to say, for every command alike.
 */
public final class Language {
  private Language() {}

  public static Locale resolve(String[] args, Map<String, String> env) {
    Optional<String> given = value(args).flatMap(LanguageCode::parse);
    return LanguageCode.locale(given.orElseGet(() -> LanguageCode.fromEnvironment(env)));
  }

  /** The value given to --lang when it is not a way of writing en or ko. */
  public static Optional<String> invalid(String[] args) {
    return value(args).filter(v -> LanguageCode.parse(v).isEmpty());
  }

  /** True when the command line names a language itself. */
  public static boolean given(String[] args) {
    return value(args).isPresent();
  }

  /** The locale of a language a profile names ("en", "ko"); English for anything else. */
  public static Locale of(String language) {
    return LanguageCode.locale(LanguageCode.parse(language).orElse("en"));
  }

  private static Optional<String> value(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--")) {
        break;
      }
      if (args[i].equals("--lang") && i + 1 < args.length) {
        return Optional.of(args[i + 1]);
      }
      if (args[i].startsWith("--lang=")) {
        return Optional.of(args[i].substring("--lang=".length()));
      }
    }
    return Optional.empty();
  }

  /** Reads {@code --lang} into "en" or "ko", so commands never see how it was written. */
  static final class Converter implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      return LanguageCode.parse(value)
          .orElseThrow(() -> new TypeConversionException(
              "unknown language \"" + value + "\"; use " + LanguageCode.ACCEPTED));
    }
  }
}
