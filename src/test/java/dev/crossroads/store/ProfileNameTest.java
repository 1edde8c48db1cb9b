package dev.crossroads.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossroads.Problem;
import java.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ProfileNameTest {

  @ParameterizedTest
  @ValueSource(strings = {"job-2026", "대학원 vs 취업", "A.B", "grad_school (v2)", "x"})
  void ordinaryNamesIncludingKoreanAreAccepted(String name) {
    assertThat(ProfileName.of(name).value()).isEqualTo(name);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", " ", "a/b", "a\\b", "..", "../x", "a..b", ".hidden", "tab\there", "nul\u0000",
        "line\nbreak", "bidi\u202Eevil", " padded", "padded "
      })
  void pathTricksControlCharactersAndEmptyNamesAreRefusedAsUsageErrors(String name) {
    assertThatThrownBy(() -> ProfileName.of(name))
        .isInstanceOfSatisfying(
            Problem.class,
            f -> {
              assertThat(f.kind()).isEqualTo(Problem.Kind.USAGE);
              assertThat(f.userMessage().key()).isEqualTo("profiles.badName");
            });
  }

  @Test
  void aHundredCharactersIsTheLongestName() {
    assertThat(ProfileName.of("가".repeat(100)).value()).hasSize(100);
    assertThatThrownBy(() -> ProfileName.of("가".repeat(101))).isInstanceOf(Problem.class);
  }

  @Test
  void decomposedHangulIsStoredComposedSoTheSameNameFindsTheSameFile() {
    String decomposed = Normalizer.normalize("취업", Normalizer.Form.NFD);
    assertThat(decomposed).isNotEqualTo("취업");
    assertThat(ProfileName.of(decomposed)).isEqualTo(ProfileName.of("취업"));
  }

  @Test
  void isValidAgreesWithTheConstructor() {
    assertThat(ProfileName.isValid("ok")).isTrue();
    assertThat(ProfileName.isValid("../etc")).isFalse();
  }
}
