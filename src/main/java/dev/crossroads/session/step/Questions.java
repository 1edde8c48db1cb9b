package dev.crossroads.session.step;

import dev.crossroads.session.question.Flow;
import dev.crossroads.session.question.Question;
import dev.crossroads.session.state.Answer;
import dev.crossroads.session.state.SessionState;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The questions as they stand for a state's answers, remembered for the last few answer sets: a
 * step looks them up several times (the question at the cursor, the next one, what the draft
 * opens at), and they depend on the answers and the language alone, never on the cursor.
 */
public final class Questions {
  private static final int KEPT = 8;
  private final Flow flow;
  private final Contexts contexts;
  private final Map<Key, List<Question>> recent = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Key, List<Question>> eldest) {
      return size() > KEPT;
    }
  };

  private record Key(String language, Map<String, Answer> answers) {}

  Questions(Flow flow, Contexts contexts) {
    this.flow = flow;
    this.contexts = contexts;
  }

  List<Question> of(SessionState state) {
    return recent.computeIfAbsent(new Key(state.language(), state.answers()),
        k -> List.copyOf(flow.questions(contexts.of(state))));
  }
}
