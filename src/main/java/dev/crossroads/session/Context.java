package dev.crossroads.session;

import dev.crossroads.Messages;
import dev.crossroads.decision.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a question may look at: the messages, the answers so far, the chosen template, today, and
 * the template's labels in the other language ({@code aliases}, by option or criterion id), so
 * that a name typed in either language is found. Options and criteria are resolved from the
 * answers each time, so they are never out of date.
 */
public record Context(
    Messages messages, SessionState state, Optional<Blueprint> template, LocalDate today,
    Map<String, List<String>> aliases) {

  public Context {
    Objects.requireNonNull(messages, "messages");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(today, "today");
    aliases = Map.copyOf(aliases);
  }

  public Context(
      Messages messages, SessionState state, Optional<Blueprint> template, LocalDate today) {
    this(messages, state, template, today, Map.of());
  }

  /** Every name of the entry {@code id}: {@code label} as shown, then its other labels. */
  public List<String> names(String id, String label) {
    List<String> out = new ArrayList<>();
    out.add(label);
    out.addAll(aliases.getOrDefault(id, List.of()));
    return out;
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

  /** The criteria as answered; the person's own shaped by what they said about them. */
  public List<CriterionInfo> criteria() {
    return Choices.criteria(criterionItems(), blueprint(), messages).stream()
        .map(c -> CustomQuestion.own(this, c) ? CustomQuestion.shaped(c, state, messages) : c)
        .toList();
  }

  public List<String> criterionItems() {
    return state.answer(Ids.CRITERIA).isPresent()
        ? state.items(Ids.CRITERIA)
        : blueprint().preselected();
  }

  public Context with(SessionState newState) {
    return new Context(messages, newState, template, today, aliases);
  }
}
