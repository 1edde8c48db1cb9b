package dev.crossroads;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JosaTest {
  @Test
  void picksTheParticleThatFitsTheWordBeforeIt() {
    assertThat(Josa.apply("대학원이(가) 1위")).isEqualTo("대학원이 1위");
    assertThat(Josa.apply("회사이(가) 1위")).isEqualTo("회사가 1위");
    assertThat(Josa.apply("성장을(를) 보면")).isEqualTo("성장을 보면");
    assertThat(Josa.apply("연봉을(를) 보면")).isEqualTo("연봉을 보면");
    assertThat(Josa.apply("취업을(를) 보면")).isEqualTo("취업을 보면");
    assertThat(Josa.apply("스타트업와(과) 대기업")).isEqualTo("스타트업과 대기업");
    assertThat(Josa.apply("학교와(과) 회사")).isEqualTo("학교와 회사");
  }

  @Test
  void usesRoAfterRieulAndAfterVowels() {
    assertThat(Josa.apply("서울(으)로")).isEqualTo("서울로");
    assertThat(Josa.apply("회사(으)로")).isEqualTo("회사로");
    assertThat(Josa.apply("대학원(으)로")).isEqualTo("대학원으로");
  }

  @Test
  void readsThroughClosingBracketsAndQuotes() {
    assertThat(Josa.apply("국내 석사 (AI 연구실)이(가) 1위")).isEqualTo("국내 석사 (AI 연구실)이 1위");
    assertThat(Josa.apply("\"대기업\"을(를) 고르면")).isEqualTo("\"대기업\"을 고르면");
    assertThat(Josa.apply("(회사)와(과) 학교")).isEqualTo("(회사)와 학교");
  }

  @Test
  void readsIraAfterConsonantsAndRaAfterVowels() {
    assertThat(Josa.apply("\"scholarship\"(이)라면")).isEqualTo("\"scholarship\"이라면");
    assertThat(Josa.apply("\"비자\"(이)라면")).isEqualTo("\"비자\"라면");
  }

  @Test
  void leavesTextWithoutParticlePairsAlone() {
    assertThat(Josa.apply("점수 (0.62)")).isEqualTo("점수 (0.62)");
  }

  @Test
  void latinNamesTakeTheParticleTheirKoreanReadingNeeds() {
    assertThat(Josa.apply("Samsung이(가) 1위")).isEqualTo("Samsung이 1위");
    assertThat(Josa.apply("Google을(를) 고르면")).isEqualTo("Google을 고르면");
    assertThat(Josa.apply("Google(으)로 가면")).isEqualTo("Google로 가면");
    assertThat(Josa.apply("Apple이(가) 1위")).isEqualTo("Apple이 1위");
    assertThat(Josa.apply("Meta이(가) 1위")).isEqualTo("Meta가 1위");
    assertThat(Josa.apply("KAIST이(가) 1위")).isEqualTo("KAIST가 1위");
    assertThat(Josa.apply("MIT을(를) 고르면")).isEqualTo("MIT를 고르면");
    assertThat(Josa.apply("Naver이(가) 1위")).isEqualTo("Naver가 1위");
    assertThat(Josa.apply("Toss와(과) Naver")).isEqualTo("Toss와 Naver");
    assertThat(Josa.apply("Facebook와(과) Line")).isEqualTo("Facebook과 Line");
    assertThat(Josa.apply("UCLA(으)로")).isEqualTo("UCLA로");
    assertThat(Josa.apply("ML engineer job now이(가) 1위")).isEqualTo("ML engineer job now가 1위");
  }
}
