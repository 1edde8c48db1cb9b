package dev.crossroads.questions;

import java.time.Duration;

/**
 * Not a test: times, in a fresh JVM, what the first interactive prompt needs (the template list
 * with titles) and then what picking one costs (reading and validating its YAML, which loads
 * Jackson and SnakeYAML). Run after {@code mvn test-compile} with
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) dev.crossroads.questions.TemplateListTiming}
 * where cp.txt comes from {@code mvn dependency:build-classpath -Dmdep.outputFile=cp.txt}.
 * Prints milliseconds of wall time per step and the process's CPU time when done.
 */
public final class TemplateListTiming {
  private TemplateListTiming() {}

  public static void main(String[] args) {
    long t0 = System.nanoTime();
    TemplateBank bank = new TemplateBank(TemplateSources.builtInOnly());
    StringBuilder titles = new StringBuilder();
    bank.list().forEach(s -> titles.append(s.title().in("ko")).append('\n'));
    long t1 = System.nanoTime();
    Duration cpuAtList = cpu();
    bank.load("grad-school");
    long t2 = System.nanoTime();
    for (TemplateSummary s : bank.list()) {
      bank.load(s.id());
    }
    long t3 = System.nanoTime();
    System.out.printf(
        "list_ms=%.1f cpu_at_list_ms=%d first_load_ms=%.1f other_six_ms=%.1f cpu_total_ms=%d chars=%d%n",
        (t1 - t0) / 1e6,
        cpuAtList.toMillis(),
        (t2 - t1) / 1e6,
        (t3 - t2) / 1e6,
        cpu().toMillis(),
        titles.length());
  }

  private static Duration cpu() {
    return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
  }
}
