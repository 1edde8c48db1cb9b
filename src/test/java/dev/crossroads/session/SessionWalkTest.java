package dev.crossroads.session;

import dev.crossroads.session.ask.Prompt;
import dev.crossroads.session.ask.Reply;
import dev.crossroads.session.files.DraftCodec;
import dev.crossroads.session.question.BankCatalogue;
import dev.crossroads.session.question.Catalogue;
import dev.crossroads.session.question.Flow;
import dev.crossroads.session.state.Answer;
import dev.crossroads.session.state.Ids;
import dev.crossroads.session.state.SessionState;
import dev.crossroads.session.step.Contexts;
import dev.crossroads.session.step.Effect;
import dev.crossroads.session.step.Next;
import dev.crossroads.session.step.Outgoing;
import dev.crossroads.session.step.Step;
import dev.crossroads.session.step.Transition;
import dev.crossroads.session.step.Walk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.crossroads.Problem;
import dev.crossroads.Message;
import dev.crossroads.Messages;
import dev.crossroads.questions.TemplateSources;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Thousands of seeded random walks through {@link Step}, with no terminal at all: valid and
 * refused answers, help, back, Esc, {@code edit N} from the review with changes made there,
 * Ctrl-C at any point and a resume from the draft, over every template of the shipped bank,
 * every weighting method and both languages. After every step the state must make a valid
 * partial profile, and every draft must read back equal and resume at the same screen.
 * {@code -Dcrossroads.walks=N} runs another number of walks.
 */
class SessionWalkTest {
  private static final int WALKS = Integer.getInteger("crossroads.walks", 10_000);
  private static final int STEPS = 400;
  /** How many candidate replies are tried for a valid one before Enter is sent anyway. */
  private static final int TRIES = 8;
  private static final Path DRAFT = Path.of("drafts", "20261125-120000.json");
  private static final String[] GARBAGE = {"zzz", "-1", "999999", "1e400", "NaN", "3-", "..",
      "edit", "edit 99", "remove 0", "add", "?!", "한글만", "1 1", "0", "7.5.5", "abc def",
      "x".repeat(300), "10-2", "5..1..9"};

  @Test
  void randomWalksKeepEveryStateValidAndEveryDraftResumable() throws Exception {
    Set<Reach> reached = java.util.concurrent.ConcurrentHashMap.newKeySet();
    long began = System.nanoTime();
    // Walks are independent: they run on every core, each thread with its own question bank.
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(threads);
    List<java.util.concurrent.Future<Long>> parts = new ArrayList<>();
    for (int k = 0; k < threads; k++) {
      int part = k;
      parts.add(pool.submit(() -> walks(part, threads, reached)));
    }
    long steps = 0;
    try {
      for (java.util.concurrent.Future<Long> f : parts) {
        steps += f.get();
      }
    } catch (java.util.concurrent.ExecutionException e) {
      throw e.getCause() instanceof AssertionError a ? a : new AssertionError(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    System.err.printf("%d walks, %d steps, %d ms on %d threads%n", WALKS, steps,
        (System.nanoTime() - began) / 1_000_000, threads);
    assertThat(steps).isGreaterThan(WALKS * 20L);
    assertThat(reached).containsAll(EnumSet.allOf(Reach.class));
  }

  /** Walks number {@code part}, {@code part + parts}, ...; returns how many steps they took. */
  private static long walks(int part, int parts, Set<Reach> reached) {
    Catalogue bank = new BankCatalogue(TemplateSources.builtInOnly());
    List<String> templates = bank.titles("en").stream().map(Catalogue.Title::id).toList();
    long steps = 0;
    for (int walk = part; walk < WALKS; walk += parts) {
      String template = templates.get(walk % templates.size());
      String method = Flow.METHODS.get((walk / templates.size()) % Flow.METHODS.size());
      String language = (walk / (templates.size() * 3)) % 2 == 0 ? "en" : "ko";
      steps += new Walker(bank, walk, template, method, language, reached).run();
    }
    return steps;
  }

  /** What the walks as a whole must have done, so that the test cannot pass by doing little. */
  enum Reach { SAVED, SAVE_REFUSED, RESUMED, REVIEW_EDIT, REFUSED, HELP, BACK, WORKING_LIST }

  private static final class Walker {
    private final Catalogue bank;
    private final long seed;
    private final Random random;
    private final String method;
    private final String language;
    private final Set<Reach> reached;
    private final List<String> trail = new ArrayList<>();
    private Step step;
    private Contexts contexts;

    Walker(Catalogue bank, long seed, String template, String method, String language,
        Set<Reach> reached) {
      this.bank = bank;
      this.seed = seed;
      this.random = new Random(seed);
      this.method = method;
      this.language = language;
      this.reached = reached;
      this.contexts = contexts();
      this.step = new Step(new Flow(bank.titles(language)), contexts, true, DRAFT);
      trail.add("template=" + template + " method=" + method + " language=" + language);
      this.start = SessionState.start(language).with(Ids.TEMPLATE, Answer.text(template));
    }

    private final SessionState start;
    private java.util.Map<String, Answer> checked = java.util.Map.of();

    private Contexts contexts() {
      return new Contexts(new Messages("ko".equals(language) ? Locale.KOREAN : Locale.ENGLISH),
          bank, Harness.TODAY, Optional.empty());
    }

    int run() {
      Transition t = guarded(() -> step.start(start));
      int n = 0;
      for (; n < STEPS; n++) {
        check(t);
        if (t.next() instanceof Next.Finish || t.next() instanceof Next.Stop) {
          break;
        }
        Transition from = t;
        if (t.next() instanceof Next.Save save) {
          if (random.nextInt(10) == 0) {
            reached.add(Reach.SAVE_REFUSED);
            trail.add("save refused");
            t = guarded(() -> step.refused(from.walk(), save, new Problem(Problem.Kind.CANNOT_CREATE,
                Message.of("store.exists", save.name()))));
          } else {
            reached.add(Reach.SAVED);
            trail.add("saved");
            t = guarded(() -> step.saved(from.walk(), save, Path.of(save.name() + ".json")));
            assertThat(t.next()).isInstanceOf(Next.Finish.class);
            assertThat(t.effects()).contains(new Effect.Discard());
          }
          continue;
        }
        Prompt prompt = ((Next.Ask) t.next()).prompt();
        int roll = random.nextInt(100);
        if (roll < 3) {
          t = stopAndResume(t, prompt);
        } else if (roll < 7) {
          reached.add(Reach.BACK);
          t = reply(t, roll < 5 ? new Reply.Back() : typed("back"));
        } else if (roll < 10) {
          reached.add(Reach.HELP);
          t = reply(t, typed("?"));
        } else if (roll < 18) {
          Transition refused = reply(t, typed(GARBAGE[random.nextInt(GARBAGE.length)]));
          if (refused.effects().stream().anyMatch(e -> e instanceof Effect.Reject)) {
            reached.add(Reach.REFUSED);
          }
          t = refused;
        } else {
          t = valid(t, prompt);
        }
      }
      return n;
    }

    /** Ctrl-C with something half typed, then a resume from the draft as written to disk. */
    private Transition stopAndResume(Transition t, Prompt prompt) {
      String partial = random.nextBoolean() ? "" : "half " + random.nextInt(9);
      Transition stopped = reply(t, new Reply.Stopped(random.nextBoolean(), partial));
      assertThat(stopped.next()).isInstanceOf(Next.Finish.class);
      Effect kept = stopped.effects().get(stopped.effects().size() - 1);
      if (!(kept instanceof Effect.Draft draft)) {
        // Nothing given yet: no draft, so the walk starts again from nothing.
        return guarded(() -> step.start(start));
      }
      reached.add(Reach.RESUMED);
      SessionState resumed = roundTrip(draft.state());
      contexts = contexts();
      step = new Step(new Flow(bank.titles(language)), contexts, true, DRAFT);
      Transition again = guarded(() -> step.start(resumed));
      Prompt shown = ((Next.Ask) again.next()).prompt();
      if (!shown.id().equals(prompt.id()) || !shown.prefill().equals(partial)
          || !shown.label().equals(prompt.label())) {
        fail("resumed at %s [%s] instead of %s [%s]%n%s", shown.id(), shown.prefill(),
            prompt.id(), partial, String.join("\n", trail));
      }
      return again;
    }

    /** A reply the question takes, found by trying candidates on the pure step function. */
    private Transition valid(Transition t, Prompt prompt) {
      List<String> candidates = candidates(t.walk(), prompt);
      for (String c : candidates) {
        Transition next = guarded(() -> step.reply(t.walk(), typed(c)));
        if (next.effects().stream().noneMatch(e -> e instanceof Effect.Reject)) {
          trail.add(prompt.id() + " <- " + c);
          if (prompt.id().equals(Ids.REVIEW) && !c.isEmpty()) {
            reached.add(Reach.REVIEW_EDIT);
          }
          if (next.walk().state().cursor().equals(prompt.id())
              && next.effects().stream().anyMatch(e -> e instanceof Effect.Draft)) {
            reached.add(Reach.WORKING_LIST);
          }
          check(next);
          return next;
        }
      }
      return reply(t, typed(""));
    }

    private List<String> candidates(Walk w, Prompt prompt) {
      List<String> out = new ArrayList<>();
      String id = prompt.id();
      if (id.equals(Ids.METHOD)) {
        out.add(method);
        return out;
      }
      if (id.equals(Ids.REVIEW)) {
        // Mostly on to the save, sometimes back to change an answer.
        if (random.nextInt(3) == 0) {
          out.add("edit " + (1 + random.nextInt(40)));
          out.add("edit " + (1 + random.nextInt(8)));
        }
        out.add("");
        return out;
      }
      if (id.equals(Ids.TEMPLATE)) {
        out.add(String.valueOf(1 + random.nextInt(bank.titles(language).size())));
        out.add("");
        return out;
      }
      List<String> pool = new ArrayList<>(List.of("1", "2", "3", "5", "7", "8", "10", "40",
          "60", "3-7", "4..6..9", "1 2 3", "2 1 3", "3 1 2", "2 1", "1 2", "1/3", "?",
          "1 2 3 4 5", "2026-12-31", "yes", "no"));
      for (String word : prompt.completions()) {
        String w0 = word.strip();
        if (w0.equals("add")) {
          pool.add("add " + (random.nextBoolean() ? "Side project" : "가족 근처"));
        } else if (w0.equals("remove")) {
          pool.add("remove " + (1 + random.nextInt(4)));
        } else if (w0.equals("edit")) {
          pool.add("edit " + (1 + random.nextInt(4)) + " Renamed " + random.nextInt(9));
        } else {
          pool.add(w0);
        }
      }
      Collections.shuffle(pool, random);
      // Enter (the default, or the end of a list) comes first more often than not, and a
      // rating is tried as a number first, so that walks get somewhere.
      if (id.startsWith(Ids.RATING)) {
        pool.add(0, String.valueOf(1 + random.nextInt(10)));
      }
      pool.add(random.nextInt(3) > 0 ? 0 : Math.min(3, pool.size()), "");
      return pool.subList(0, Math.min(TRIES, pool.size()));
    }

    private Transition reply(Transition t, Reply reply) {
      trail.add(((Next.Ask) t.next()).prompt().id() + " <- " + reply);
      Transition next = guarded(() -> step.reply(t.walk(), reply));
      return next;
    }

    private static Reply typed(String line) {
      return new Reply.Typed(line);
    }

    /** Every state a step reaches makes a profile, and every draft reads back equal. */
    private void check(Transition t) {
      SessionState state = t.walk().state();
      // A refused reply or help leaves the answers as they were, and so the profile.
      if (state.text(Ids.TEMPLATE).isPresent() && !state.answers().equals(checked)) {
        checked = state.answers();
        guarded(() -> Outgoing.of(contexts.of(state), Optional.empty(), bank));
      }
      for (Effect e : t.effects()) {
        if (e instanceof Effect.Draft d) {
          SessionState back = roundTrip(d.state());
          if (!back.equals(d.state())) {
            fail("draft did not read back equal: %s%n%s", d.state(), String.join("\n", trail));
          }
        }
      }
    }

    private <T> T guarded(java.util.function.Supplier<T> action) {
      try {
        return action.get();
      } catch (RuntimeException e) {
        throw new AssertionError("walk " + seed + " threw " + e + "\n"
            + String.join("\n", trail.subList(Math.max(0, trail.size() - 40), trail.size())), e);
      }
    }
  }

  static SessionState roundTrip(SessionState state) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DraftCodec.write(state, bytes);
      return DraftCodec.read(bytes.toByteArray(), "draft");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
