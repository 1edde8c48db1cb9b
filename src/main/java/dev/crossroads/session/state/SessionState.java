package dev.crossroads.session.state;

import dev.crossroads.Present;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a session has gathered: the answers by question id, the question it is at, whether
 * it returns to the review after this question, a half-typed line left when it was stopped, and,
 * when it edits a saved profile, which one. A draft is this state on disk; resuming is loading it.
 */
public record SessionState(
    String language, Map<String, Answer> answers, String cursor, boolean reviewing, String typing,
    Optional<EditOrigin> origin) {

  public SessionState {
    Objects.requireNonNull(language, "language");
    answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    Present.all("cursor", cursor, "typing", typing, "origin", origin);
  }

  /** A state of a new decision, not an edit. */
  public SessionState(
      String language, Map<String, Answer> answers, String cursor, boolean reviewing,
      String typing) {
    this(language, answers, cursor, reviewing, typing, Optional.empty());
  }

  public static SessionState start(String language) {
    return new SessionState(language, Map.of(), "", false, "");
  }

  /** The same state in another language. */
  public SessionState inLanguage(String newLanguage) {
    return new SessionState(newLanguage, answers, cursor, reviewing, typing, origin);
  }

  public Optional<Answer> answer(String id) {
    return Optional.ofNullable(answers.get(id));
  }

  public Optional<String> text(String id) {
    Answer a = answers.get(id);
    return a instanceof Answer.Text t ? Optional.of(t.value()) : Optional.empty();
  }

  public java.util.List<String> items(String id) {
    Answer a = answers.get(id);
    return a instanceof Answer.Items i ? i.values() : java.util.List.of();
  }

  public SessionState with(String id, Answer answer) {
    Map<String, Answer> copy = new LinkedHashMap<>(answers);
    copy.put(id, answer);
    return new SessionState(language, copy, cursor, reviewing, "", origin);
  }

  public SessionState without(String id) {
    Map<String, Answer> copy = new LinkedHashMap<>(answers);
    copy.remove(id);
    return new SessionState(language, copy, cursor, reviewing, typing, origin);
  }

  public SessionState at(String newCursor) {
    return new SessionState(language, answers, newCursor, reviewing, "", origin);
  }

  public SessionState reviewing(boolean value) {
    return new SessionState(language, answers, cursor, value, typing, origin);
  }

  public SessionState typing(String partial) {
    return new SessionState(language, answers, cursor, reviewing, partial, origin);
  }
}
