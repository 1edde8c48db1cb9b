package dev.crossroads.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds crossroads mutated profiles, templates, answers files, drafts and {@code --set} values,
 * seeded, and requires every case to end in success or a clean refusal: no uncaught exception,
 * no NaN or infinity in any output, memory and time under a bound, and a file past its size
 * limit refused without being read.
 *
 * <p>{@value #DEFAULT_CASES} cases by default (about a minute on two cores); more with {@code
 * -Dcrossroads.fuzz.cases=100000}, or {@code mvn -Pfuzz test}; another seed with {@code
 * -Dcrossroads.fuzz.seed=N}. A failure names its case as {@code seed/case}; {@code
 * -Dcrossroads.fuzz.seed=S -Dcrossroads.fuzz.cases=C -Dcrossroads.fuzz.case=I} (C past I) runs that
 * one case again and prints where its input was kept. See docs/limits.md, "The fuzzer".
 */
class FuzzTest {
  static final int DEFAULT_CASES = 20_000;
  /** Memory a case may allocate, garbage included: 100 times the largest file (4 MB). */
  static final long MEMORY_BOUND = 400_000_000L;
  /** What refusing a file past its size limit may allocate: not the file, which is not read. */
  static final long UNREAD_BOUND = 1_000_000L;
  static final long TIME_BOUND_NANOS = 10_000_000_000L;

  @TempDir Path dir;

  @Test
  void everyCaseEndsInSuccessOrACleanRefusal() throws Exception {
    int cases = Integer.getInteger("crossroads.fuzz.cases", DEFAULT_CASES);
    long seed = Long.getLong("crossroads.fuzz.seed", 14);
    Tally tally = new Tally();
    Seeds seeds = new Seeds(dir.resolve("seeds"));
    Targets targets = new Targets(dir.resolve("cases"), tally);
    SplittableRandom kinds = new SplittableRandom(seed);
    long start = System.nanoTime();
    int only = Integer.getInteger("crossroads.fuzz.case", -1);
    for (int i = 0; i < cases; i++) {
      Kind kind = pick(kinds.nextInt(100));
      if (only >= 0 && i != only) {
        continue;
      }
      long caseSeed = seed * 1_000_003L + i;
      Mutator mutator = new Mutator(caseSeed);
      targets.keepInput(only >= 0 ? Path.of("target", "fuzz-case-" + seed + "-" + i) : null);
      long allocated = allocatedBytes();
      long began = System.nanoTime();
      boolean oversized = kind != Kind.SET && mutator.nextInt(200) == 0;
      Result result = run(kind, mutator, seeds, targets, oversized);
      long nanos = System.nanoTime() - began;
      long bytes = allocatedBytes() - allocated;
      if (result.outcome() != Outcome.FAILED) {
        if (bytes > (oversized ? UNREAD_BOUND : MEMORY_BOUND)) {
          result = Result.failed("allocated " + bytes + " bytes");
        } else if (nanos > TIME_BOUND_NANOS) {
          result = Result.failed("took " + nanos / 1_000_000 + " ms");
        }
      }
      tally.add(kind, result, nanos, bytes, seed + "/" + i + " " + kind);
    }
    String report = tally.report(seed, (System.nanoTime() - start) / 1_000_000);
    System.out.print(report);
    assertThat(tally.failures()).as(report).isEmpty();
    assertThat(tally.total()).isEqualTo(only >= 0 ? 1 : cases);
  }

  private static Result run(Kind kind, Mutator mutator, Seeds seeds, Targets targets, boolean oversized) {
    if (kind == Kind.SET) {
      List<String> sets = new ArrayList<>();
      for (int n = 1 + mutator.nextInt(3); n > 0; n--) {
        String set = mutator.pick(seeds.sets);
        sets.add(mutator.nextInt(4) == 0 ? set
            : new String(mutator.mutate(set), StandardCharsets.UTF_8));
      }
      return targets.set(sets);
    }
    String templateId = "";
    String seed;
    switch (kind) {
      case PROFILE -> seed = mutator.pick(seeds.profiles);
      case TEMPLATE -> {
        Seeds.NamedText t = seeds.templates.get(mutator.nextInt(seeds.templates.size()));
        templateId = t.id();
        seed = t.text();
      }
      case ANSWERS -> seed = mutator.pick(seeds.answers);
      default -> seed = mutator.pick(seeds.drafts);
    }
    if (oversized) {
      long limit = Targets.limit(kind);
      return targets.oversized(kind, limit + 1 + mutator.nextInt((int) Math.min(limit * 20, Integer.MAX_VALUE)), templateId);
    }
    // One case in ten is the seed itself, or the seed with its limits pushed: success must stay possible.
    byte[] bytes = mutator.nextInt(10) == 0
        ? seed.getBytes(StandardCharsets.UTF_8)
        : mutator.mutate(seed);
    return targets.file(kind, bytes, templateId);
  }

  private static Kind pick(int percent) {
    int upTo = 0;
    for (Kind kind : Kind.values()) {
      upTo += kind.share;
      if (percent < upTo) {
        return kind;
      }
    }
    return Kind.PROFILE;
  }

  private static long allocatedBytes() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
        .getCurrentThreadAllocatedBytes();
  }
}
