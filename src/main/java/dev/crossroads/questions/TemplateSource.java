package dev.crossroads.questions;

/** Where a template was found; later sources override earlier ones by template id. */
public enum TemplateSource {
  BUILT_IN("questions.source.builtIn"),
  CONFIG("questions.source.config"),
  QUESTIONS_DIR("questions.source.questionsDir");

  private final String messageKey;

  TemplateSource(String messageKey) {
    this.messageKey = messageKey;
  }

  /** The bundle key of this source's name, for listings. */
  public String messageKey() {
    return messageKey;
  }
}
