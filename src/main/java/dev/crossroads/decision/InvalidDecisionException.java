package dev.crossroads.decision;

import java.util.List;

/**
 * A decision the core cannot work with (a missing pairwise judgement, weights that sum to zero).
 * It carries a message-bundle key and its arguments, not prose: the edge that shows it to a
 * person translates it.
 */
public final class InvalidDecisionException extends RuntimeException {
  private final String messageKey;
  private final List<Object> arguments;

  public InvalidDecisionException(String messageKey, Object... arguments) {
    super(messageKey + " " + List.of(arguments));
    this.messageKey = messageKey;
    this.arguments = List.of(arguments);
  }

  public String messageKey() {
    return messageKey;
  }

  public List<Object> arguments() {
    return arguments;
  }
}
