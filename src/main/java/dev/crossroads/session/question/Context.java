package dev.crossroads.session.question;

import dev.crossroads.session.state.Ids;
import dev.crossroads.session.state.SessionState;

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
 * answers, so they are never out of date; each is worked out once per context, since every
 * question's prompt asks for them and the answers of a context never change.
 */
public final class Context {
  private final Messages messages;
  private final SessionState state;
  private final Optional<Blueprint> template;
  private final LocalDate today;
  private final Map<String, List<String>> aliases;
  private List<Option> options;
  private List<CriterionInfo> criteria;

  public Context(
      Messages messages, SessionState state, Optional<Blueprint> template, LocalDate today,
      Map<String, List<String>> aliases) {
    this.messages = Objects.requireNonNull(messages, "messages");
    this.state = Objects.requireNonNull(state, "state");
    this.template = Objects.requireNonNull(template, "template");
    this.today = Objects.requireNonNull(today, "today");
    this.aliases = Map.copyOf(aliases);
  }

  public Context(
      Messages messages, SessionState state, Optional<Blueprint> template, LocalDate today) {
    this(messages, state, template, today, Map.of());
  }

  public Messages messages() {
    return messages;
  }

  public SessionState state() {
    return state;
  }

  public Optional<Blueprint> template() {
    return template;
  }

  public LocalDate today() {
    return today;
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
    if (options == null) {
      options = Choices.options(optionLabels(), blueprint(), messages);
    }
    return options;
  }

  public List<String> optionLabels() {
    return state.answer(Ids.OPTIONS).isPresent()
        ? state.items(Ids.OPTIONS)
        : blueprint().options().stream().map(Option::label).toList();
  }

  /** The criteria as answered; the person's own shaped by what they said about them. */
  public List<CriterionInfo> criteria() {
    if (criteria == null) {
      criteria = Choices.criteria(criterionItems(), blueprint(), messages).stream()
          .map(c -> CustomQuestion.own(this, c) ? CustomQuestion.shaped(c, state, messages) : c)
          .toList();
    }
    return criteria;
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
