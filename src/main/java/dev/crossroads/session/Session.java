package dev.crossroads.session;

import dev.crossroads.session.ask.Asker;
import dev.crossroads.session.edit.EditTarget;
import dev.crossroads.session.files.Drafts;
import dev.crossroads.session.question.Catalogue;
import dev.crossroads.session.question.Context;
import dev.crossroads.session.question.Flow;
import dev.crossroads.session.question.Question;
import dev.crossroads.session.state.Answer;
import dev.crossroads.session.state.Ids;
import dev.crossroads.session.state.Section;
import dev.crossroads.session.state.SessionState;
import dev.crossroads.session.step.Contexts;
import dev.crossroads.session.step.Effect;
import dev.crossroads.session.step.Next;
import dev.crossroads.session.step.SessionEnd;
import dev.crossroads.session.step.Step;
import dev.crossroads.session.step.Transition;
import dev.crossroads.session.step.Walk;

import dev.crossroads.Problem;
import dev.crossroads.Message;
import dev.crossroads.Messages;
import dev.crossroads.decision.Option;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one loop that runs a session: it puts the prompt {@link Step} asks for, hands the reply
 * back to it, and carries out the effects it returns (lines, drafts, the summary, the save).
 * All the logic is in {@link Step}; this class only talks to the asker, the store and the
 * screen.
 */
public final class Session {
  private final Messages messages;
  private final Asker asker;
  private final Catalogue catalogue;
  private final ProfileSaver saver;
  private final Drafts drafts;
  private final Path draft;
  private final LocalDate today;
  private final PrintWriter out;
  private final Flow flow;
  private final SummaryScreen summary;
  private Optional<EditTarget> editing = Optional.empty();

  public Session(
      Messages messages,
      Asker asker,
      Catalogue catalogue,
      Summarizer summarizer,
      ProfileSaver saver,
      Drafts drafts,
      Path draft,
      LocalDate today,
      int width,
      PrintWriter out) {
    this.messages = messages;
    this.asker = asker;
    this.catalogue = catalogue;
    this.saver = saver;
    this.drafts = drafts;
    this.draft = draft;
    this.today = today;
    this.out = out;
    this.flow = new Flow(catalogue.titles(messages.isKorean() ? "ko" : "en"));
    this.summary = new SummaryScreen(messages, summarizer, width, out);
  }

  /**
   * Hands over the profile an edit starts from, already read, so the session need not read it
   * again from the draft's copy.
   */
  public Session editing(EditTarget target) {
    editing = Optional.of(target);
    return this;
  }

  public Path draft() {
    return draft;
  }

  /**
   * Runs the session from {@code start} until it is saved or stopped. Nothing escapes but a
   * {@link Problem} with a one-line reason: a draft that cannot be resumed says why and offers
   * to discard it, and anything unforeseen keeps the draft and names it.
   */
  public SessionEnd run(SessionState start) {
    Optional<Message> why = Files.exists(draft)
        ? Resumable.check(start, s -> step(s).start(s)) : Optional.empty();
    if (why.isPresent()) {
      return Resumable.refuse(why.get(), messages, asker, drafts, draft, start);
    }
    try {
      Step step = step(start);
      Transition t = step.start(start);
      while (true) {
        t.effects().forEach(this::carryOut);
        if (t.next() instanceof Next.Ask ask) {
          t = step.reply(t.walk(), asker.ask(ask.prompt()));
        } else if (t.next() instanceof Next.Save save) {
          t = save(step, t.walk(), save);
        } else if (t.next() instanceof Next.Stop stop) {
          throw stop.failure();
        } else {
          return ((Next.Finish) t.next()).result();
        }
      }
    } catch (Problem f) {
      throw f;
    } catch (RuntimeException e) {
      throw new Problem(Problem.Kind.INTERNAL, Message.of("session.crashed", String.valueOf(e),
          draft.toString(), Drafts.name(draft)), e);
    }
  }

  private Transition save(Step step, Walk w, Next.Save save) {
    Path saved;
    try {
      saved = save.over().isPresent()
          ? saver.replace(save.over().get(), save.outgoing().profile())
          : saver.save(save.outgoing().profile(), save.name());
    } catch (Problem f) {
      return step.refused(w, save, f);
    }
    return step.saved(w, save, saved);
  }

  private void carryOut(Effect effect) {
    if (effect instanceof Effect.Say say) {
      asker.say(say.text());
    } else if (effect instanceof Effect.Print print) {
      out.println(print.text());
      out.flush();
    } else if (effect instanceof Effect.Reject reject) {
      asker.rejected(reject.prompt(), reject.typed(), reject.reason());
    } else if (effect instanceof Effect.Draft d) {
      drafts.save(draft, d.state());
    } else if (effect instanceof Effect.Discard) {
      drafts.delete(draft);
    } else if (effect instanceof Effect.ShowSummary s) {
      summary.show(s.profile());
    }
  }

  /** The step function for a session over {@code state}'s answers. */
  private Step step(SessionState state) {
    return new Step(flow, contexts(state), asker.interactive(), draft);
  }

  private Contexts contexts(SessionState state) {
    return new Contexts(messages, catalogue, today, target(state));
  }

  /**
   * The saved profile this session edits, as it was when the edit began (kept in the draft);
   * empty for a new decision.
   */
  private Optional<EditTarget> target(SessionState state) {
    if (state.origin().isEmpty()) {
      return Optional.empty();
    }
    if (editing.isEmpty() || !editing.get().origin().equals(state.origin().get())) {
      editing = Optional.of(saver.restore(state.origin().get()));
    }
    return editing;
  }

  /**
   * The answers to the questions as they stand, in order, ready to be replayed. Options are
   * written as their labels (an edit keeps them as ids), unless two share a label.
   */
  public Map<String, Answer> answersInOrder(SessionState state) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    Context ctx = contexts(state).of(state);
    for (Question q : flow.questions(ctx)) {
      if (q.section() != Section.REVIEW) {
        state.answer(q.id()).ifPresent(a -> answers.put(q.id(), a));
      }
    }
    if (answers.containsKey(Ids.OPTIONS)) {
      List<String> labels = ctx.options().stream().map(Option::label).toList();
      if (labels.stream().map(l -> l.strip().toLowerCase(Locale.ROOT)).distinct().count()
          == labels.size()) {
        answers.put(Ids.OPTIONS, Answer.items(labels));
      }
    }
    return answers;
  }
}
