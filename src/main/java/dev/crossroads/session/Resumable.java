package dev.crossroads.session;

import dev.crossroads.session.ask.Asker;
import dev.crossroads.session.ask.Prompt;
import dev.crossroads.session.ask.Reply;
import dev.crossroads.session.files.Drafts;
import dev.crossroads.session.state.SessionState;
import dev.crossroads.session.step.SessionEnd;

import dev.crossroads.Problem;
import dev.crossroads.Message;
import dev.crossroads.Messages;
import dev.crossroads.decision.InvalidDecisionException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Whether a draft can be resumed, and what happens when it cannot: the person is told why in one
 * line and offered to discard it; without a terminal, the reason names the command that does.
 */
public final class Resumable {
  private static final Set<String> YES = Set.of("y", "yes", "discard", "네", "예", "응", "삭제", "버리기");

  private Resumable() {}

  /** Why {@code state} cannot be resumed, when trying its first screen ({@code probe}) fails. */
  static Optional<Message> check(SessionState state, Consumer<SessionState> probe) {
    try {
      probe.accept(state);
      return Optional.empty();
    } catch (Problem f) {
      return Optional.of(f.userMessage());
    } catch (InvalidDecisionException e) {
      return Optional.of(new Message(e.messageKey(), e.arguments()));
    } catch (RuntimeException e) {
      return Optional.of(Message.of("session.draft.broken", String.valueOf(e)));
    }
  }

  /**
   * Says why the draft cannot be resumed and offers to discard it. Discarding ends the session; a
   * draft kept, or no one to ask, is bad data, with the command that discards it.
   */
  static SessionEnd refuse(Message why, Messages messages, Asker asker, Drafts drafts,
      Path draft, SessionState state) {
    String name = Drafts.name(draft);
    Message reason = Message.of("session.draft.cannotResume", name, why);
    if (!asker.interactive()) {
      throw new Problem(Problem.Kind.BAD_DATA, Message.of("session.draft.discardWith", reason, name));
    }
    asker.say(messages.get(reason));
    Reply reply = asker.ask(new Prompt("draft.discard", List.of(),
        messages.get("session.draft.discardAsk"), Optional.of(messages.get("session.no")),
        List.of(messages.get("session.yes"), messages.get("session.no")), ""));
    String word = reply instanceof Reply.Typed t ? t.line().strip().toLowerCase(Locale.ROOT) : "";
    if (YES.contains(word)) {
      drafts.delete(draft);
      asker.say(messages.get("session.draft.discarded", name));
      return new SessionEnd(false, state, Optional.empty(), Optional.empty(), List.of());
    }
    throw new Problem(Problem.Kind.BAD_DATA, Message.of("session.draft.discardWith",
        Message.of("session.draft.kept", name), name));
  }
}
