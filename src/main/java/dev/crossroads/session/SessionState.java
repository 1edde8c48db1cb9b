package dev.crossroads.session;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a session has gathered: the answers by question id, the question it is at, whether
 * it returns to the review after this question, and a half-typed line left when it was stopped.
 * A draft is this state on disk; resuming is loading it.
 */
public record SessionState(
    String language, Map<String, Answer> answers, String cursor, boolean reviewing, String typing) {

  public SessionState {
    Objects.requireNonNull(language, "language");
    answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    Objects.requireNonNull(cursor, "cursor");
    Objects.requireNonNull(typing, "typing");
  }

  public static SessionState start(String language) {
    return new SessionState(language, Map.of(), "", false, "");
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
    return new SessionState(language, copy, cursor, reviewing, "");
  }

  public SessionState without(String id) {
    Map<String, Answer> copy = new LinkedHashMap<>(answers);
    copy.remove(id);
    return new SessionState(language, copy, cursor, reviewing, typing);
  }

  public SessionState at(String newCursor) {
    return new SessionState(language, answers, newCursor, reviewing, "");
  }

  public SessionState reviewing(boolean value) {
    return new SessionState(language, answers, cursor, value, typing);
  }

  public SessionState typing(String partial) {
    return new SessionState(language, answers, cursor, reviewing, partial);
  }
}
