package dev.crossroads;

/**
 * An expected failure (bad input, a missing profile): a message for the person and the exit code
 * to leave with. Caught once, in the command line's entry point; anything else is a bug.
 */
public class Failure extends RuntimeException {
  private final int exitCode;
  private final Message userMessage;

  public Failure(int exitCode, Message userMessage) {
    super(userMessage.key() + " " + userMessage.args());
    this.exitCode = exitCode;
    this.userMessage = userMessage;
  }

  public Failure(int exitCode, Message userMessage, Throwable cause) {
    super(userMessage.key() + " " + userMessage.args(), cause);
    this.exitCode = exitCode;
    this.userMessage = userMessage;
  }

  public int exitCode() {
    return exitCode;
  }

  public Message userMessage() {
    return userMessage;
  }
}
