package dev.crossroads.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FileStemTest {
  private static String stem(String name) {
    return FileStem.of(ProfileName.of(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"grad", "job-change", "offer-20260315", "v1.2", "a_b", "x"})
  void plainLowerCaseAsciiNamesAreTheirOwnFileNames(String name) {
    assertThat(stem(name)).isEqualTo(name);
  }

  @ParameterizedTest
  @CsvSource({
    "대학원, daehakwon-9986b156",
    "취업, chwieop-2be46a8d",
    "Grad, grad-d1c58652",
    "grad school, grad-school-87f34c78",
  })
  void otherNamesAreASlugAndAHashOfTheName(String name, String expected) {
    assertThat(stem(name)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"con", "nul.x", "lpt1", "trailing.", "CON"})
  void namesWindowsCannotUseAsFileNamesAreHashed(String name) {
    assertThat(stem(name)).matches(".+-[0-9a-f]{8}");
  }

  @Test
  void hangulIsSpeltOutOtherLettersLoseTheirAccentsAndTheRestSeparates() {
    assertThat(FileStem.slug("대학원 vs 취업")).isEqualTo("daehakwon-vs-chwieop");
    assertThat(FileStem.slug("Café  Zürich!")).isEqualTo("cafe-zurich");
    assertThat(FileStem.slug("日本で働く")).isEqualTo("p");
    assertThat(FileStem.slug("🎓 ＧＲＡＤ")).isEqualTo("grad");
    assertThat(FileStem.slug("가".repeat(100))).hasSize(FileStem.SLUG_LENGTH);
  }

  @Test
  void namesThatSlugAlikeGetDifferentFiles() {
    // 가나 and 간아 are both "gana" letter by letter; case and punctuation vanish from the slug.
    assertThat(FileStem.slug("가나")).isEqualTo(FileStem.slug("간아"));
    Set<String> stems = new HashSet<>();
    for (String name : new String[] {"가나", "간아", "Grad", "GRAD", "grad!", "grad?", "grad"}) {
      stems.add(stem(name));
    }
    assertThat(stems).hasSize(7);
  }

  @Test
  void namesDifferingOnlyInCaseGetFilesThatDifferOnCaseInsensitiveFileSystemsToo() {
    assertThat(stem("Grad").toLowerCase()).isNotEqualTo(stem("grad").toLowerCase());
    assertThat(stem("GRAD").toLowerCase()).isNotEqualTo(stem("Grad").toLowerCase());
  }

  @Test
  void composedAndDecomposedHangulAreOneNameAndOneFile() {
    String decomposed = Normalizer.normalize("대학원", Normalizer.Form.NFD);
    assertThat(stem(decomposed)).isEqualTo(stem("대학원"));
  }

  @Test
  void theLongestKoreanNamesGetShortFileNames() {
    ProfileName longest = ProfileName.of("가".repeat(ProfileName.MAX_LENGTH));
    assertThat(longest.value().getBytes(StandardCharsets.UTF_8)).hasSize(300);
    assertThat(FileStem.of(longest)).hasSize(FileStem.SLUG_LENGTH + 1 + FileStem.HASH_DIGITS);
  }
}
