package dev.crossroads.session;

import java.util.Map;
import java.util.Optional;

/** The session's language: --lang, else the locale (LC_ALL, LC_MESSAGES, LANG), else English. */
public final class Language {
  private Language() {}

  public static String pick(Optional<String> flag, Map<String, String> env) {
    if (flag.isPresent()) {
      return flag.get();
    }
    for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
      String v = env.getOrDefault(name, "");
      if (!v.isBlank()) {
        return v.startsWith("ko") ? "ko" : "en";
      }
    }
    return "en";
  }
}
