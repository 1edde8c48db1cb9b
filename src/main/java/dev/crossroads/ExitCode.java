package dev.crossroads;

/** Process exit codes, following sysexits.h where one fits. */
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
}
