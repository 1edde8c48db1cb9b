package dev.crossroads;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JosaTest {
  /**
   * Names people type for options, with the subject, object and topic particles and 으로/로 a
   * Korean reader expects after each, by how the name is read aloud.
   */
  @ParameterizedTest(name = "{0} ({5}): {1} {2} {3} {4}")
  @CsvSource({
    // Latin words, by their usual Korean reading
    "Samsung,    이, 을, 은, 으로, 삼성",
    "Google,     이, 을, 은, 로,   구글",
    "Apple,      이, 을, 은, 로,   애플",
    "Meta,       가, 를, 는, 로,   메타",
    "Naver,      가, 를, 는, 로,   네이버",
    "Toss,       가, 를, 는, 로,   토스",
    "Kakao,      가, 를, 는, 로,   카카오",
    "KakaoTalk,  이, 을, 은, 으로, 카카오톡",
    "Coupang,    이, 을, 은, 으로, 쿠팡",
    "Line,       이, 을, 은, 으로, 라인",
    "Amazon,     이, 을, 은, 으로, 아마존",
    "Facebook,   이, 을, 은, 으로, 페이스북",
    "Microsoft,  가, 를, 는, 로,   마이크로소프트",
    "Intel,      이, 을, 은, 로,   인텔",
    "Nvidia,     가, 를, 는, 로,   엔비디아",
    "Stanford,   가, 를, 는, 로,   스탠퍼드",
    "Oracle,     이, 을, 은, 로,   오라클",
    "Slack,      이, 을, 은, 으로, 슬랙",
    "Uber,       가, 를, 는, 로,   우버",
    "Netflix,    가, 를, 는, 로,   넷플릭스",
    "Airbnb,     가, 를, 는, 로,   에어비앤비",
    "Robot,      이, 을, 은, 으로, 로봇",
    "Street,     가, 를, 는, 로,   스트리트",
    "Lab,        이, 을, 은, 으로, 랩",
    "Bank,       가, 를, 는, 로,   뱅크",
    "Caltech,    이, 을, 은, 으로, 칼텍",
    // Capitals read as a word
    "KAIST,      가, 를, 는, 로,   카이스트",
    "NAVER,      가, 를, 는, 로,   네이버",
    "POSTECH,    이, 을, 은, 으로, 포스텍",
    "UNIST,      가, 를, 는, 로,   유니스트",
    "NASA,       가, 를, 는, 로,   나사",
    // Capitals read letter by letter: the last letter's name decides
    "MIT,        가, 를, 는, 로,   엠아이티",
    "IBM,        이, 을, 은, 으로, 아이비엠",
    "HTML,       이, 을, 은, 로,   에이치티엠엘",
    "LG,         가, 를, 는, 로,   엘지",
    "SK,         가, 를, 는, 로,   에스케이",
    "NHN,        이, 을, 은, 으로, 엔에이치엔",
    "HR,         이, 을, 은, 로,   에이치알",
    "UIUC,       가, 를, 는, 로,   유아이유시",
    "NCSOFT,     가, 를, 는, 로,   엔씨소프트",
    "ML engineer job now, 가, 를, 는, 로, 나우",
    // Numbers, by how they are read
    "3,          이, 을, 은, 으로, 삼",
    "2,          가, 를, 는, 로,   이",
    "1,          이, 을, 은, 로,   일",
    "10,         이, 을, 은, 으로, 십",
    "2027,       이, 을, 은, 로,   이천이십칠",
    "1/3,        이, 을, 은, 로,   삼분의 일",
    "50%,        가, 를, 는, 로,   오십 퍼센트",
    // Hangul
    "대학원,     이, 을, 은, 으로, 대학원",
    "회사,       가, 를, 는, 로,   회사",
    "서울,       이, 을, 은, 로,   서울",
  })
  void particlesFollowTheSoundTheNameEndsIn(
      String name, String subject, String object, String topic, String direction, String read) {
    assertThat(Josa.apply(name + "이(가) 1위")).isEqualTo(name + subject + " 1위");
    assertThat(Josa.apply(name + "을(를) 고르면")).isEqualTo(name + object + " 고르면");
    assertThat(Josa.apply(name + "은(는) 어때요")).isEqualTo(name + topic + " 어때요");
    assertThat(Josa.apply(name + "(으)로 가면")).isEqualTo(name + direction + " 가면");
  }

  @Test
  void andAndWithFollowTheNameToo() {
    assertThat(Josa.apply("스타트업와(과) 대기업")).isEqualTo("스타트업과 대기업");
    assertThat(Josa.apply("학교와(과) 회사")).isEqualTo("학교와 회사");
    assertThat(Josa.apply("Toss와(과) Naver")).isEqualTo("Toss와 Naver");
    assertThat(Josa.apply("Facebook와(과) Line")).isEqualTo("Facebook과 Line");
  }

  @Test
  void theCopulaFollowsTheNameAsWell() {
    assertThat(Josa.apply("\"scholarship\"(이)라면")).isEqualTo("\"scholarship\"이라면");
    assertThat(Josa.apply("\"비자\"(이)라면")).isEqualTo("\"비자\"라면");
    assertThat(Josa.apply("값이 3(이)에요")).isEqualTo("값이 3이에요");
    assertThat(Josa.apply("값이 -0.5(이)에요")).isEqualTo("값이 -0.5예요");
    assertThat(Josa.apply("1위는 Meta(이)고")).isEqualTo("1위는 Meta고");
    assertThat(Josa.apply("1위는 Samsung(이)었어요")).isEqualTo("1위는 Samsung이었어요");
    assertThat(Josa.apply("1위는 Meta(이)었어요")).isEqualTo("1위는 Meta였어요");
  }

  @Test
  void readsThroughClosingBracketsAndQuotes() {
    assertThat(Josa.apply("국내 석사 (AI 연구실)이(가) 1위")).isEqualTo("국내 석사 (AI 연구실)이 1위");
    assertThat(Josa.apply("\"대기업\"을(를) 고르면")).isEqualTo("\"대기업\"을 고르면");
    assertThat(Josa.apply("‘Google’은(는) 어때요")).isEqualTo("‘Google’은 어때요");
    assertThat(Josa.apply("(회사)와(과) 학교")).isEqualTo("(회사)와 학교");
  }

  @Test
  void aPlaceholderStillToBeFilledKeepsBothForms() {
    String pending = Josa.apply("‘{option}’은(는) 성장 면에서 어때요?");
    assertThat(pending).isEqualTo("‘{option}’은(는) 성장 면에서 어때요?");
    assertThat(Josa.apply(pending.replace("{option}", "Naver")))
        .isEqualTo("‘Naver’는 성장 면에서 어때요?");
  }

  @Test
  void leavesTextWithoutParticlePairsAlone() {
    assertThat(Josa.apply("점수 (0.62)")).isEqualTo("점수 (0.62)");
    assertThat(Josa.apply("Samsung is first (by far)")).isEqualTo("Samsung is first (by far)");
  }
}
