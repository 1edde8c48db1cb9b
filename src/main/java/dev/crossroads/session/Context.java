package dev.crossroads.session;

import dev.crossroads.Messages;
import dev.crossroads.decision.Option;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a question may look at: the messages, the answers so far, the chosen template, and today.
 * Options and criteria are resolved from the answers each time, so they are never out of date.
 */
public record Context(
    Messages messages, SessionState state, Optional<Blueprint> template, LocalDate today) {

  public Context {
    Objects.requireNonNull(messages, "messages");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(today, "today");
  }

  public Blueprint blueprint() {
    return template.orElseThrow(() -> new IllegalStateException("no template chosen yet"));
  }

  public String t(String key, Object... args) {
    return messages.get(key, args);
  }

  /** The options as answered, or the template's when the question has not been answered. */
  public List<Option> options() {
    return Choices.options(optionLabels(), blueprint(), messages);
  }

  public List<String> optionLabels() {
    return state.answer(Ids.OPTIONS).isPresent()
        ? state.items(Ids.OPTIONS)
        : blueprint().options().stream().map(Option::label).toList();
  }

  public List<CriterionInfo> criteria() {
    return Choices.criteria(criterionItems(), blueprint(), messages);
  }

  public List<String> criterionItems() {
    return state.answer(Ids.CRITERIA).isPresent()
        ? state.items(Ids.CRITERIA)
        : blueprint().preselected();
  }

  public Context with(SessionState newState) {
    return new Context(messages, newState, template, today);
  }
}
