package dev.crossroads.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.text.Bundles.Text;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Korean text speaks one register, 해요체 (docs/glossary.md), and a particle after a
 * filled-in name is written in both forms for Josa to choose.
 */
class KoreanVoiceTest {
  /** Sentence endings of 합니다체 and of the plain 해라체, which 해요체 never uses. */
  private static final List<Pattern> OTHER_REGISTERS = List.of(
      Pattern.compile("니다$"), // 합니다, 입니다, 없습니다
      Pattern.compile("니까$"), // 합니까
      Pattern.compile("시오$"), // 하십시오
      Pattern.compile("[가-힣]다$"), // 한다, 없다 (but not 둘 다)
      Pattern.compile("(?<=[가-힣])(?<!하)나$"), // 바꾸나, 나왔나 (but not 하나)
      Pattern.compile("[는은인한던]가$")); // 중요한가, 무엇인가
  /** Text inside quotes is someone's own words, written as they would say them. */
  private static final Pattern QUOTED = Pattern.compile("'[^']*'|‘[^’]*’|\"[^\"]*\"|“[^”]*”");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");
  /** A particle or copula right after a placeholder, in one fixed form. */
  private static final Pattern FIXED_PARTICLE = Pattern.compile(
      "\\{[^}]*}[\"’”']?(?:(?:이|가|을|를|은|는|와|과|으로|로)(?![가-힣(])"
          + "|이라|라는|라면|라고|이에요|예요|이었|였)");

  static List<String> sentences(String text) {
    String plain = PLACEHOLDER.matcher(QUOTED.matcher(text).replaceAll("인용")).replaceAll("X");
    List<String> out = new ArrayList<>();
    for (String part : plain.split("(?<=[.!?])\\s+|\\\\n|\\n|[:;]\\s|\\s[-—·]\\s")) {
      String s = part.strip().replaceAll("[.!?…)\\]\\s]+$", "").replaceAll("\\s*\\([^)]*$", "");
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  @Test
  void everyKoreanSentenceIsInHaeyoche() throws IOException {
    List<String> other = new ArrayList<>();
    for (Text text : Bundles.allKorean()) {
      for (String sentence : sentences(text.korean())) {
        for (Pattern ending : OTHER_REGISTERS) {
          if (ending.matcher(sentence).find()) {
            other.add(text.where() + ": ..." + sentence.substring(Math.max(0, sentence.length() - 30)));
            break;
          }
        }
      }
    }
    assertThat(other).isEmpty();
  }

  @Test
  void theRegisterCheckTellsTheRegistersApart() {
    assertThat(flagged("저장했습니다.")).isTrue();
    assertThat(flagged("무엇이 결과를 바꾸나")).isTrue();
    assertThat(flagged("얼마나 확실한가")).isTrue();
    assertThat(flagged("저장했다.")).isTrue();
    assertThat(flagged("저장했어요.")).isFalse();
    assertThat(flagged("둘 다")).isFalse();
    assertThat(flagged("선택지는 하나")).isFalse();
    assertThat(flagged("목록 말고 이야기로 써 보세요: '주 과제가 끊겨서 1년을 버렸다'")).isFalse();
  }

  private static boolean flagged(String text) {
    return sentences(text).stream()
        .anyMatch(s -> OTHER_REGISTERS.stream().anyMatch(p -> p.matcher(s).find()));
  }

  @Test
  void aParticleAfterAFilledInNameIsWrittenInBothForms() throws IOException {
    List<String> fixed = new ArrayList<>();
    for (Text text : Bundles.allKorean()) {
      Matcher m = FIXED_PARTICLE.matcher(text.korean());
      while (m.find()) {
        fixed.add(text.where() + ": " + m.group());
      }
    }
    assertThat(fixed).isEmpty();
  }

  @Test
  void theParticleCheckSeesFixedFormsAndAllowsPairs() {
    assertThat(FIXED_PARTICLE.matcher("{0}이 1위").find()).isTrue();
    assertThat(FIXED_PARTICLE.matcher("\"{0}\"를 지웠어요").find()).isTrue();
    assertThat(FIXED_PARTICLE.matcher("{0}로 바꿨어요").find()).isTrue();
    assertThat(FIXED_PARTICLE.matcher("{0}예요").find()).isTrue();
    assertThat(FIXED_PARTICLE.matcher("{0}이라는 템플릿").find()).isTrue();
    assertThat(FIXED_PARTICLE.matcher("{0}이(가) 1위").find()).isFalse();
    assertThat(FIXED_PARTICLE.matcher("\"{0}\"을(를) 지웠어요").find()).isFalse();
    assertThat(FIXED_PARTICLE.matcher("{0}(으)로 바꿨어요").find()).isFalse();
    assertThat(FIXED_PARTICLE.matcher("{0}(이)에요").find()).isFalse();
    assertThat(FIXED_PARTICLE.matcher("{0}가지 경우").find()).isFalse();
    assertThat(FIXED_PARTICLE.matcher("{0}의 가중치").find()).isFalse();
  }
}
