package dev.crossroads.cli;

import dev.crossroads.LanguageCode;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --lang} into "en" or "ko" as picocli parses it, so commands never see how it was
 * written and picocli refuses what the session's own reading refuses.
 */
final class LanguageConverter implements ITypeConverter<String> {
  @Override
  public String convert(String value) {
    return LanguageCode.parse(value)
        .orElseThrow(() -> new TypeConversionException(
            "unknown language \"" + value + "\"; use " + LanguageCode.ACCEPTED));
  }
}
