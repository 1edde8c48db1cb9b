package dev.crossroads.session.ask;

import dev.crossroads.session.state.Answer;

import dev.crossroads.Problem;
import dev.crossroads.Message;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Answers from an answers file, keyed by question id. A question the file leaves out takes its
 * default, or goes to the person when a terminal is there ({@code fallback}); otherwise it is
 * reported missing. A value that is refused is asked again at the terminal, or stops the session.
 */
public final class FileAsker implements Asker {
  private final Map<String, Answer> answers;
  private final Optional<Asker> fallback;
  private final Set<String> used = new HashSet<>();
  private final Set<String> toFallback = new HashSet<>();

  public FileAsker(Map<String, Answer> answers, Optional<Asker> fallback) {
    this.answers = new LinkedHashMap<>(answers);
    this.fallback = fallback;
  }

  /** What to do about a prompt nobody can answer: take its default, or call it missing. */
  static Reply absent(Prompt prompt) {
    return new Reply.Defaulted();
  }

  @Override
  public Reply ask(Prompt prompt) {
    Answer a = answers.get(prompt.id());
    if (a != null && !toFallback.contains(prompt.id())) {
      used.add(prompt.id());
      return new Reply.Given(a);
    }
    if (fallback.isPresent()) {
      return fallback.get().ask(prompt);
    }
    return absent(prompt);
  }

  @Override
  public void say(String text) {
    fallback.ifPresent(f -> f.say(text));
  }

  @Override
  public void rejected(Prompt prompt, String typed, Message reason) {
    if (answers.containsKey(prompt.id()) && !toFallback.contains(prompt.id())) {
      if (fallback.isEmpty()) {
        throw new Problem(Problem.Kind.BAD_DATA,
            Message.of("session.input.badAnswer", prompt.id(), typed, reason));
      }
      toFallback.add(prompt.id());
    }
    fallback.ifPresent(f -> f.rejected(prompt, typed, reason));
  }

  @Override
  public boolean interactive() {
    return fallback.map(Asker::interactive).orElse(false);
  }

  /** Keys of the file that no question asked for (a typo, or an option that was removed). */
  public Set<String> unused() {
    Set<String> out = new java.util.TreeSet<>(answers.keySet());
    out.removeAll(used);
    return out;
  }
}
