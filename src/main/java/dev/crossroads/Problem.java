package dev.crossroads;

/**
 * An expected problem (bad input, a missing profile, a file that cannot be written): what went
 * wrong for the person to read, as a message key and its arguments, and the kind of problem it
 * is. It says nothing of exit codes: the command line alone turns a kind into one. Anything that
 * is not a Problem is a bug.
 */
public class Problem extends RuntimeException {
  /** Which class of problem it is; each tells the person something different about what to do. */
  public enum Kind {
    /** The command line or a setting asked for something that cannot be (a bad option value). */
    USAGE,
    /** A file or an answer whose content is wrong: a broken profile, draft or template. */
    BAD_DATA,
    /** Something to read is not there or cannot be opened: a file, a profile, a draft. */
    MISSING,
    /** Something cannot be made where it was asked for: the name is taken, no such folder. */
    CANNOT_CREATE,
    /** Reading or writing failed part-way: a full disk, an I/O error. */
    IO,
    /** Another process holds the thing or changed it meanwhile; trying again may work. */
    BUSY,
    /** The person stopped before the end (Ctrl-C, end of input at a prompt). */
    CANCELLED,
    /** crossroads itself is broken (a resource missing from the build). */
    INTERNAL
  }

  private final Kind kind;
  private final Message userMessage;

  public Problem(Kind kind, Message userMessage) {
    this(kind, userMessage, null);
  }

  /** A problem that {@code cause} (an I/O or parsing exception) explains, for --debug. */
  public Problem(Kind kind, Message userMessage, Throwable cause) {
    super(userMessage.key() + " " + userMessage.args(), cause);
    this.kind = kind;
    this.userMessage = userMessage;
  }

  public Kind kind() {
    return kind;
  }

  public Message userMessage() {
    return userMessage;
  }
}
