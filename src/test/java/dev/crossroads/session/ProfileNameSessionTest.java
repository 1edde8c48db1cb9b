package dev.crossroads.session;

import dev.crossroads.session.state.Answer;
import dev.crossroads.session.step.SessionEnd;

import static dev.crossroads.session.Harness.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session takes the profile names the store takes, and refuses others with its reason. */
class ProfileNameSessionTest {
  @TempDir Path home;

  private static String namedAs(String... names) {
    return Script.keysBefore("save.name") + lines(names);
  }

  @Test
  void aKoreanNameWithASpaceIsSavedAsTyped() {
    Harness h = new Harness(home, "en");

    SessionEnd r = h.typed(namedAs("한글 이름"));

    assertThat(r.interrupted()).isFalse();
    assertThat(h.profiles.saved).containsKey("한글 이름");
    assertThat(h.screen).doesNotContain("cannot be a profile name");
  }

  @Test
  void aNameTheStoreRefusesIsAskedAgainWithTheStoresReasonInEnglish() {
    Harness h = new Harness(home, "en");

    SessionEnd r = h.typed(namedAs("a/b", "x".repeat(101), "Grad school, maybe"));

    assertThat(r.interrupted()).isFalse();
    assertThat(h.screen).contains(
        "This cannot be a profile name: names cannot contain / or \\.",
        "This cannot be a profile name: names can be at most 100 characters.");
    assertThat(h.profiles.saved).containsOnlyKeys("Grad school, maybe");
  }

  @Test
  void aNameTheStoreRefusesIsAskedAgainWithTheStoresReasonInKorean() {
    Harness h = new Harness(home, "ko");

    SessionEnd r = h.typed(namedAs("a/b", "대학원 고민 2027"));

    assertThat(r.interrupted()).isFalse();
    assertThat(h.screen).contains("프로필 이름으로 쓸 수 없어요: 이름에 / 나 \\ 는 넣을 수 없습니다.");
    assertThat(h.profiles.saved).containsOnlyKeys("대학원 고민 2027");
  }

  @Test
  void anAnswersFileMayNameTheProfileInKorean() {
    Harness h = new Harness(home, "ko");
    Map<String, Answer> file = new LinkedHashMap<>(Script.file());
    file.put("save.name", Answer.text("한글 이름"));

    SessionEnd r = h.fromFile(file);

    assertThat(r.interrupted()).isFalse();
    assertThat(h.profiles.saved).containsOnlyKeys("한글 이름");
  }
}
