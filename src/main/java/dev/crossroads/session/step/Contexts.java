package dev.crossroads.session.step;

import dev.crossroads.session.edit.EditTarget;
import dev.crossroads.session.edit.ProfileBlueprint;
import dev.crossroads.session.question.Aliases;
import dev.crossroads.session.question.Blueprint;
import dev.crossroads.session.question.Catalogue;
import dev.crossroads.session.question.Context;
import dev.crossroads.session.state.Ids;
import dev.crossroads.session.state.SessionState;

import dev.crossroads.Messages;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes the {@link Context} a state's questions look at. The template's blueprint is read once
 * per template id and kept: the question bank does not change during a session, so keeping it
 * changes no result, only the time a step takes.
 */
public final class Contexts {
  private final Messages messages;
  private final Catalogue catalogue;
  private final LocalDate today;
  private final Optional<EditTarget> editing;
  private String blueprintId = "";
  private Optional<Blueprint> blueprint = Optional.empty();
  private Map<String, List<String>> aliases = Map.of();
  /** The last few contexts made, which work out their options and criteria once each. */
  private final Map<SessionState, Context> recent = new java.util.LinkedHashMap<>(16, 0.75f,
      true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<SessionState, Context> eldest) {
      return size() > 8;
    }
  };

  public Contexts(Messages messages, Catalogue catalogue, LocalDate today,
      Optional<EditTarget> editing) {
    this.messages = messages;
    this.catalogue = catalogue;
    this.today = today;
    this.editing = editing;
  }

  Messages messages() {
    return messages;
  }

  Catalogue catalogue() {
    return catalogue;
  }

  /** The saved profile this session edits, as it was when the edit began. */
  Optional<EditTarget> editing() {
    return editing;
  }

  public Context of(SessionState state) {
    Context known = recent.get(state);
    if (known != null) {
      return known;
    }
    Context made = make(state);
    recent.put(state, made);
    return made;
  }

  private Context make(SessionState state) {
    Optional<String> id = state.text(Ids.TEMPLATE);
    if (id.isEmpty()) {
      return new Context(messages, state, Optional.empty(), today, Map.of());
    }
    String key = id.get() + "/" + state.language();
    if (!key.equals(blueprintId)) {
      Blueprint bank = catalogue.blueprint(id.get(), state.language());
      Blueprint template = messages.ascii() ? bank.retold(messages::ours) : bank;
      blueprint = Optional.of(editing
          .map(t -> ProfileBlueprint.widen(template, t.profile(), messages)).orElse(template));
      aliases = Aliases.of(catalogue, id.get(), state.language());
      blueprintId = key;
    }
    return new Context(messages, state, blueprint, today, aliases);
  }
}
