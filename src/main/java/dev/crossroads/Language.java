package dev.crossroads;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which language a run speaks: {@code --lang} when given, else the locale (LC_ALL, LC_MESSAGES,
 * LANG), else English. Every command and the interactive session pick it here; how a language
 * may be written ({@code ko}, {@code ko-KR}, {@code ko_KR.UTF-8}) is {@link LanguageCode}'s to
 * say.
 */
public final class Language {
  private Language() {}

  /** "en" or "ko": the flag when it names one of them, else the environment's. */
  public static String pick(Optional<String> flag, Map<String, String> env) {
    return flag.flatMap(LanguageCode::parse).orElseGet(() -> LanguageCode.fromEnvironment(env));
  }

  /** The locale of the language a command line asks for, as {@link #pick} decides it. */
  public static Locale resolve(String[] args, Map<String, String> env) {
    return locale(pick(flag(args), env));
  }

  /** The locale messages are rendered in for "en" or "ko". */
  public static Locale locale(String language) {
    return LanguageCode.locale(language);
  }

  /** The locale of a language a profile names ("en", "ko"); English for anything else. */
  public static Locale ofProfile(String language) {
    return locale(LanguageCode.parse(language).orElse("en"));
  }

  /** The value given to --lang when it is not a way of writing en or ko. */
  public static Optional<String> invalid(String[] args) {
    return flag(args).filter(v -> LanguageCode.parse(v).isEmpty());
  }

  /** True when the command line names a language itself. */
  public static boolean given(String[] args) {
    return flag(args).isPresent();
  }

  /** What follows {@code --lang} (or {@code --lang=}) before any {@code --}, as written. */
  public static Optional<String> flag(String[] args) {
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
}
