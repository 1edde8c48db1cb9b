package dev.crossroads.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.Messages;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UnusedKeysTest {
  @Test
  void thousandsOfStrayKeysAreOneShortLineNamingTheFirstTen() {
    Set<String> keys = new LinkedHashSet<>();
    IntStream.range(0, 10_000).forEach(i -> keys.add("typo" + i));
    keys.add("x".repeat(1_000_000));

    String shown = UnusedKeys.shown(keys, new Messages(Locale.ENGLISH));

    assertThat(shown).startsWith("typo0, typo1").endsWith("and 9,991 more").hasSizeLessThan(200);
  }

  @Test
  void aFewAreAllNamed() {
    assertThat(UnusedKeys.shown(new LinkedHashSet<>(java.util.List.of("a", "b")),
        new Messages(Locale.KOREAN))).isEqualTo("a, b");
  }
}
