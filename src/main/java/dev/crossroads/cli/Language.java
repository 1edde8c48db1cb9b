package dev.crossroads.cli;

import java.util.Locale;
import java.util.Map;

/** Picks the interface language: {@code --lang}, else LC_ALL / LC_MESSAGES / LANG, else English. */
public final class Language {
  private Language() {}

  public static Locale resolve(String[] args, Map<String, String> env) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--lang") && i + 1 < args.length) {
        return of(args[i + 1]);
      }
      if (arg.startsWith("--lang=")) {
        return of(arg.substring("--lang=".length()));
      }
    }
    for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
      String value = env.get(name);
      if (value != null && !value.isEmpty()) {
        return of(value);
      }
    }
    return Locale.ENGLISH;
  }

  /** The value given to --lang when it is neither en nor ko (nor a locale of either). */
  public static java.util.Optional<String> invalid(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String value = null;
      if (args[i].equals("--lang") && i + 1 < args.length) {
        value = args[i + 1];
      } else if (args[i].startsWith("--lang=")) {
        value = args[i].substring("--lang=".length());
      }
      if (value != null && !value.matches("(?i)(en|ko)([-_].*)?")) {
        return java.util.Optional.of(value);
      }
    }
    return java.util.Optional.empty();
  }

  /** True when the command line names a language itself. */
  public static boolean given(String[] args) {
    for (String arg : args) {
      if (arg.equals("--lang") || arg.startsWith("--lang=")) {
        return true;
      }
    }
    return false;
  }

  /** "ko", "ko_KR.UTF-8" and "ko-KR" all mean Korean; anything else is English. */
  public static Locale of(String tag) {
    String lower = tag.toLowerCase(Locale.ROOT);
    return lower.startsWith("ko") ? Locale.KOREAN : Locale.ENGLISH;
  }
}
