package dev.crossroads.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossroads.Problem;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The session's own options, read before picocli: {@code edit NAME} among them. */
class SessionArgsTest {

  @Test
  void editTakesAProfileNameAndItsOptions() {
    SessionArgs a = SessionArgs.parse(new String[] {"edit", "grad", "--review", "--home", "/h",
        "--no-input", "--answers=x.yaml"});
    assertThat(a.edit()).contains("grad");
    assertThat(a.review()).isTrue();
    assertThat(a.home()).contains(Path.of("/h"));
    assertThat(a.noInput()).isTrue();
    assertThat(a.answers()).contains(Path.of("x.yaml"));
    assertThat(a.resume()).isFalse();
    assertThat(SessionArgs.handles(new String[] {"edit", "grad"})).isTrue();
  }

  @Test
  void editWithoutANameOrWithATemplateIsLeftToTheFullCommandLine() {
    assertThatThrownBy(() -> SessionArgs.parse(new String[] {"edit"}))
        .isInstanceOfSatisfying(Problem.class,
            f -> assertThat(f.kind()).isEqualTo(Problem.Kind.USAGE));
    assertThat(SessionArgs.handles(new String[] {"edit"})).isFalse();
    assertThat(SessionArgs.handles(new String[] {"edit", "grad", "--template", "blank"}))
        .isFalse();
    assertThat(SessionArgs.handles(new String[] {"edit", "--help"})).isFalse();
  }

  @Test
  void reviewBelongsToEditAlone() {
    assertThat(SessionArgs.handles(new String[] {"new", "--review"})).isFalse();
    assertThat(SessionArgs.parse(new String[] {"new"}).edit()).isEmpty();
  }
}
