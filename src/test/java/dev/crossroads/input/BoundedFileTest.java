package dev.crossroads.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.crossroads.Problem;
import dev.crossroads.Messages;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file is read whole only when it is within its kind's size, and never more than that. */
class BoundedFileTest {
  @TempDir Path dir;

  private final Messages english = new Messages(Locale.ENGLISH);

  @Test
  void aFileOfExactlyTheLimitIsRead() throws Exception {
    Path file = sized("at.json", InputKind.PROFILE.maxBytes());
    assertThat(BoundedFile.read(file, InputKind.PROFILE)).hasSize(4_000_000);
  }

  @Test
  void aFileOneBytePastTheLimitIsRefusedWithBothSizesInBytes() throws Exception {
    Path file = sized("over.json", InputKind.PROFILE.maxBytes() + 1);
    Problem refused = catchThrowableOfType(Problem.class, () -> BoundedFile.read(file, InputKind.PROFILE));
    assertThat(refused.kind()).isEqualTo(Problem.Kind.BAD_DATA);
    assertThat(english.get(refused.userMessage()))
        .isEqualTo(file + " is 4,000,001 bytes; a profile can be at most 4 MB (4,000,000 bytes).");
  }

  @Test
  void aFiftyMegabyteFileIsRefusedWithoutReadingIt() throws Exception {
    Path file = sized("huge.json", 52_400_000);
    long allocated = allocatedBytes();
    long start = System.nanoTime();
    Problem refused = catchThrowableOfType(Problem.class, () -> BoundedFile.read(file, InputKind.PROFILE));
    long millis = (System.nanoTime() - start) / 1_000_000;
    long used = allocatedBytes() - allocated;
    assertThat(english.get(refused.userMessage()))
        .isEqualTo(file + " is 52.4 MB; a profile can be at most 4 MB.");
    assertThat(used).as("bytes allocated to refuse it").isLessThan(1_000_000);
    assertThat(millis).isLessThan(500);
  }

  @Test
  void answersAndTemplatesMayBeOneMegabyte() throws Exception {
    assertThat(BoundedFile.read(sized("a.yaml", 1_000_000), InputKind.ANSWERS)).hasSize(1_000_000);
    Path over = sized("t.yaml", 1_000_001);
    Problem refused = catchThrowableOfType(Problem.class, () -> BoundedFile.read(over, InputKind.TEMPLATE));
    assertThat(english.get(refused.userMessage()))
        .isEqualTo(over + " is 1,000,001 bytes; a template can be at most 1 MB (1,000,000 bytes).");
  }

  @Test
  void aStreamWithoutASizeIsReadOnlyToOneBytePastTheLimit() throws Exception {
    CountingStream endless = new CountingStream();
    Problem refused =
        catchThrowableOfType(
            Problem.class, () -> BoundedFile.read(endless, "/dev/stdin", InputKind.ANSWERS));
    assertThat(english.get(refused.userMessage()))
        .isEqualTo("/dev/stdin is larger than an answers file can be (1 MB at most).");
    assertThat(endless.read).isEqualTo(1_000_001);
  }

  @Test
  void aStreamWithinTheLimitIsReadWhole() throws Exception {
    byte[] bytes = new byte[1234];
    assertThat(BoundedFile.read(new ByteArrayInputStream(bytes), "x", InputKind.ANSWERS)).hasSize(1234);
  }

  @Test
  void sizesReadAsPeopleSayThem() {
    assertThat(BoundedFile.shown(52_428_800)).isEqualTo("52.4 MB");
    assertThat(BoundedFile.shown(4_000_000)).isEqualTo("4 MB");
    assertThat(BoundedFile.shown(812_345)).isEqualTo("812.3 kB");
    assertThat(BoundedFile.shown(96)).isEqualTo("96 bytes");
  }

  /** A sparse file: its size is real, its blocks are not written. */
  private Path sized(String name, long size) throws Exception {
    Path file = dir.resolve(name);
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(size);
    }
    assertThat(Files.size(file)).isEqualTo(size);
    return file;
  }

  private static long allocatedBytes() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
        .getCurrentThreadAllocatedBytes();
  }

  /** An endless stream of zero bytes that counts what was taken from it. */
  private static final class CountingStream extends InputStream {
    long read;

    @Override
    public int read() {
      read++;
      return 0;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      read += len;
      return len;
    }
  }
}
