package dev.crossroads;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The interface languages, "en" and "ko", and the one reading of how people write them: a
 * language code in any case, optionally with a region, an encoding and a modifier, as in
 * {@code --lang ko}, {@code ko-KR}, {@code ko_KR.UTF-8} or {@code LANG=en_GB.UTF-8}. Every
 * command's {@code --lang} and the locale variables go through {@link #parse}.
 */
public final class LanguageCode {
  /** What {@code --lang} accepts, for messages that name it. */
  public static final String ACCEPTED = "en, ko (or with a region: en-US, en_GB.UTF-8, ko-KR, ko_KR.UTF-8)";

  private static final Pattern TAG =
      Pattern.compile("(?i)(en|ko)(?:[-_](?:[a-z]{2,3}|[0-9]{3}))?(?:\\.[a-z0-9-]+)?(?:@[a-z0-9]+)?");
  private static final String[] LOCALE_VARIABLES = {"LC_ALL", "LC_MESSAGES", "LANG"};

  private LanguageCode() {}

  /** "en" or "ko" for a way of writing either; empty for anything else (fr, korean, ko-). */
  public static Optional<String> parse(String written) {
    Matcher m = TAG.matcher(written.strip());
    return m.matches() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
  }

  /**
   * The language of the locale, as POSIX decides which variable counts: the first of LC_ALL,
   * LC_MESSAGES and LANG that is set; English when that one is neither language (C, POSIX, de_DE)
   * or none is set.
   */
  public static String fromEnvironment(Map<String, String> env) {
    for (String name : LOCALE_VARIABLES) {
      String value = env.get(name);
      if (value != null && !value.isBlank()) {
        return parse(value).orElse("en");
      }
    }
    return "en";
  }

  /** The locale messages are rendered in for a language this class returned. */
  public static Locale locale(String language) {
    return "ko".equals(language) ? Locale.KOREAN : Locale.ENGLISH;
  }
}
