package dev.crossroads.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.crossroads.Problem;
import dev.crossroads.Messages;
import dev.crossroads.session.files.Drafts;
import dev.crossroads.session.state.SessionState;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drafts are files like any other: bounded when read, and a failed write says why. */
class DraftLimitsTest {
  @TempDir Path home;

  @Test
  void aDraftPastItsSizeIsRefusedWithoutBeingRead() throws IOException {
    Path dir = Files.createDirectories(home.resolve("drafts"));
    Path huge = dir.resolve("20261125-120000.json");
    try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
      f.setLength(50_000_000);
    }
    Problem failure = catchThrowableOfType(Problem.class, () -> new Drafts(dir).load(huge));

    assertThat(failure.kind()).isEqualTo(Problem.Kind.BAD_DATA);
    assertThat(new Messages(Locale.ENGLISH).get(failure.userMessage())).contains(huge.toString())
        .contains("draft");
  }

  @Test
  void aDraftFolderThatCannotBeMadeIsCannotCreateWithTheReason() throws IOException {
    Path inTheWay = Files.writeString(home.resolve("drafts"), "a file, not a folder");
    Drafts drafts = new Drafts(inTheWay);
    Problem failure = catchThrowableOfType(Problem.class,
        () -> drafts.save(inTheWay.resolve("x.json"), SessionState.start("en")));

    assertThat(failure.kind()).isEqualTo(Problem.Kind.CANNOT_CREATE);
    assertThat(new Messages(Locale.ENGLISH).get(failure.userMessage()))
        .doesNotContain("Exception").contains(": ");
  }
}
