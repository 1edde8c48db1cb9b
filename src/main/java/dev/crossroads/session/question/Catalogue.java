package dev.crossroads.session.question;

import java.util.List;

/**
 * Where the session's templates come from. Only {@link #titles} is needed for the first screen;
 * a whole template is read when the person has chosen it.
 */
public interface Catalogue {

  /** Template ids and titles in {@code language}, in the order to offer them. */
  List<Title> titles(String language);

  /** The chosen template with its texts in {@code language}. */
  Blueprint blueprint(String templateId, String language);

  /** A template's id and title. */
  record Title(String id, String title) {}
}
