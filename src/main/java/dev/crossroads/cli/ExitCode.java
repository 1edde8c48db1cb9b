package dev.crossroads.cli;

import dev.crossroads.Problem;
import java.util.Optional;

/**
 * Process exit codes, following sysexits.h where one fits. Only the command line knows them: the
 * rest of crossroads reports a {@link Problem} of some kind, and {@link #of} turns that kind into
 * the code the process leaves with.
 */
public final class ExitCode {
  public static final int OK = 0;
  public static final int INTERNAL = 1;
  public static final int USAGE = 2;
  /** EX_DATAERR: the input data was incorrect. */
  public static final int DATA = 65;
  /** EX_NOINPUT: an input file did not exist or was not readable. */
  public static final int NO_INPUT = 66;
  /** EX_CANTCREAT: an output file could not be created. */
  public static final int CANT_CREATE = 73;
  /** EX_IOERR: an error while reading or writing a file. */
  public static final int IO = 74;
  /** EX_TEMPFAIL: try again later (a lock is held). */
  public static final int TEMPORARY = 75;
  /** 128 + SIGINT: the person pressed Ctrl-C. */
  public static final int INTERRUPTED = 130;

  private ExitCode() {}

  /** The code a problem of this kind leaves with. */
  public static int of(Problem.Kind kind) {
    return switch (kind) {
      case USAGE -> USAGE;
      case BAD_DATA -> DATA;
      case MISSING -> NO_INPUT;
      case CANNOT_CREATE -> CANT_CREATE;
      case IO -> IO;
      case BUSY -> TEMPORARY;
      case CANCELLED -> INTERRUPTED;
      case INTERNAL -> INTERNAL;
    };
  }

  /** The code for a run that ended on {@code problem}, or {@link #OK} without one. */
  public static int of(Optional<Problem.Kind> problem) {
    return problem.map(ExitCode::of).orElse(OK);
  }
}
