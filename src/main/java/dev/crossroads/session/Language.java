package dev.crossroads.session;

import dev.crossroads.LanguageCode;
import java.util.Map;
import java.util.Optional;

/**
 * The session's language: --lang, else the locale (LC_ALL, LC_MESSAGES, LANG), else English,
 * each read by {@link LanguageCode}, as every command reads them.
 */
public final class Language {
  private Language() {}

  public static String pick(Optional<String> flag, Map<String, String> env) {
    return flag.flatMap(LanguageCode::parse).orElseGet(() -> LanguageCode.fromEnvironment(env));
  }
}
