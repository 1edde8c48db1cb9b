package dev.crossroads.store;

import dev.crossroads.Problem;
import dev.crossroads.Message;
import java.util.List;

/**
 * A profile file that cannot be used as written (bad data). Its message shows the first
 * {@value #SHOWN} problems, one per line in document order, and how many more there are.
 */
public final class ProfileFormatException extends Problem {
  static final int SHOWN = 10;

  private final transient List<ProfileProblem> problems;

  ProfileFormatException(List<ProfileProblem> problems) {
    this(problems, problems.size());
  }

  /** {@code total} problems were found, of which {@code problems} were kept. */
  ProfileFormatException(List<ProfileProblem> problems, int total) {
    super(Problem.Kind.BAD_DATA, combined(problems, total));
    this.problems = List.copyOf(problems);
  }

  ProfileFormatException(ProfileProblem problem, Throwable cause) {
    super(Problem.Kind.BAD_DATA, problem.message(), cause);
    this.problems = List.of(problem);
  }

  /** Every problem found, in document order (the message shows the first {@value #SHOWN}). */
  public List<ProfileProblem> problems() {
    return problems;
  }

  private static Message combined(List<ProfileProblem> problems, int total) {
    int shown = Math.min(SHOWN, problems.size());
    Message all = problems.get(shown - 1).message();
    if (total > shown) {
      all = Message.of("store.lines", all, Message.of("store.more", String.valueOf(total - shown)));
    }
    for (int i = shown - 2; i >= 0; i--) {
      all = Message.of("store.lines", problems.get(i).message(), all);
    }
    return all;
  }
}
