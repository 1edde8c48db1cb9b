package dev.crossroads.input;

/**
 * The kinds of file crossroads reads from people, each with the largest it may be. The sizes
 * leave room many times over for the largest decision the limits allow (a profile of 50 options
 * and 60 criteria with ranges and scenarios is well under 1 MB), and keep a refusal instant.
 */
public enum InputKind {
  /** A profile (JSON), saved or shared. */
  PROFILE(4_000_000, "input.kind.profile"),
  /** A question-bank template (YAML). */
  TEMPLATE(1_000_000, "input.kind.template"),
  /** An answers file (YAML or JSON) for a scripted session. */
  ANSWERS(1_000_000, "input.kind.answers"),
  /**
   * A draft of an unfinished session: its answers, and for an edit the profile it started from,
   * kept whole as one text (hence a profile's size and room for the answers).
   */
  DRAFT(5_000_000, "input.kind.draft");

  private final long maxBytes;
  private final String messageKey;

  InputKind(long maxBytes, String messageKey) {
    this.maxBytes = maxBytes;
    this.messageKey = messageKey;
  }

  /** The largest file of this kind, in bytes (1 MB is 1,000,000 bytes here, as people count). */
  public long maxBytes() {
    return maxBytes;
  }

  /** The bundle key naming this kind of file ("a profile"). */
  public String messageKey() {
    return messageKey;
  }
}
