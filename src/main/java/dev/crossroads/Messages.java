package dev.crossroads;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders {@link Message}s in one language from the per-package bundles
 * ({@code dev/crossroads/<package>/messages[_ko].properties}). Created per process with the
 * chosen locale, never held statically.
 */
public final class Messages {
  private final Locale locale;
  private final boolean ascii;
  private final Map<String, ResourceBundle> bundles = new HashMap<>();

  public Messages(Locale locale) {
    this(locale, false);
  }

  /**
   * Messages in {@code locale}; with {@code ascii} ({@code --ascii}, {@code TERM=dumb}) their own
   * typography is plain ASCII ({@link AsciiText}), while the arguments, which carry the person's
   * text, are left as they are.
   */
  public Messages(Locale locale, boolean ascii) {
    this.locale = locale;
    this.ascii = ascii;
  }

  /** True when crossroads' own text is shown in plain ASCII. */
  public boolean ascii() {
    return ascii;
  }

  /**
   * Text of crossroads' own that does not come from a bundle (a question bank hint, a separator
   * written in code) as these messages show theirs: in ASCII when they are.
   */
  public String ours(String text) {
    return ascii ? AsciiText.of(text) : text;
  }

  public Locale locale() {
    return locale;
  }

  public boolean isKorean() {
    return "ko".equals(locale.getLanguage());
  }

  public String get(String key, Object... args) {
    return get(Message.of(key, args));
  }

  public String get(Message message) {
    String pattern = ours(pattern(message.key()));
    Object[] args = message.args().toArray();
    for (int i = 0; i < args.length; i++) {
      args[i] = argument(args[i]);
    }
    String text;
    if (args.length == 0) {
      text = pattern;
    } else {
      text = new MessageFormat(pattern.replace("'", "''"), locale).format(args);
    }
    return isKorean() ? Josa.apply(text) : text;
  }

  /**
   * An argument as the pattern receives it. Numbers and dates stay themselves, for the patterns
   * that format them; anything else is text, and text here often comes from a shared file (a
   * label, an id, a path), so it is cleaned of terminal controls: every message is shown to a
   * person.
   */
  private Object argument(Object arg) {
    if (arg instanceof Message nested) {
      return get(nested);
    }
    if (arg instanceof Number || arg instanceof java.util.Date) {
      return arg;
    }
    return TerminalText.clean(String.valueOf(arg));
  }

  /** True when some bundle defines the key; lets callers fall back to their own text. */
  public boolean has(String key) {
    try {
      bundle(key).getString(key);
      return true;
    } catch (MissingResourceException e) {
      return false;
    }
  }

  private String pattern(String key) {
    try {
      return bundle(key).getString(key);
    } catch (MissingResourceException e) {
      // A missing translation must never hide the message itself.
      return key;
    }
  }

  private ResourceBundle bundle(String key) {
    int dot = key.indexOf('.');
    String pkg = dot < 0 ? "cli" : key.substring(0, dot);
    return bundles.computeIfAbsent(
        pkg,
        p -> {
          try {
            return ResourceBundle.getBundle(
                "dev.crossroads." + p + ".messages",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
          } catch (MissingResourceException e) {
            return ResourceBundle.getBundle(
                "dev.crossroads.cli.messages",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
          }
        });
  }
}
