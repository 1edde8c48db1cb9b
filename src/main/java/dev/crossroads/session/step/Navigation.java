package dev.crossroads.session.step;

import dev.crossroads.session.question.Question;
import dev.crossroads.session.state.Ids;
import dev.crossroads.session.state.Section;
import dev.crossroads.session.state.SessionState;

import java.util.List;

/**
 * Where a session goes: the question at the cursor, the one after an answer, the one before.
 * Pure functions of the questions as they stand and the answers so far.
 */
public final class Navigation {
  private Navigation() {}

  /**
   * The question at the cursor; if it is gone (or unset), the first one not yet answered. The
   * save is reached only with every question before it answered (a resumed draft whose answers
   * changed shape goes to the first open one).
   */
  static Question locate(List<Question> qs, SessionState state) {
    for (Question q : qs) {
      if (q.id().equals(state.cursor())) {
        if (q.section() == Section.SAVE) {
          break;
        }
        return q;
      }
    }
    for (Question q : qs) {
      if (state.answer(q.id()).isEmpty() && q.section() != Section.SAVE) {
        return q;
      }
    }
    return qs.get(qs.size() - 1);
  }

  /**
   * The question after {@code q} in {@code qs} (the questions once q's answer is in
   * {@code state}). Questions already found {@code missing} (nobody can answer them here) are
   * passed over, so a session without a terminal moves on to report them instead of asking
   * again.
   */
  static String next(List<Question> qs, Question q, SessionState state, List<String> missing) {
    if (!q.section().afterReview() && (q.section() == Section.REVIEW || state.reviewing())) {
      // Nothing reaches the plan or the save unanswered, even an edit opened at the review.
      return firstOpen(qs, state, missing).orElse(
          q.section() == Section.REVIEW && missing.isEmpty() ? afterReview(qs) : Ids.REVIEW);
    }
    for (int i = 0; i < qs.size() - 1; i++) {
      if (qs.get(i).id().equals(q.id())) {
        return qs.get(i + 1).id();
      }
    }
    // The answer took its question away (a criterion placed in the ranking): the first open one.
    return firstOpen(qs, state, missing).orElse(Ids.REVIEW);
  }

  /** The question right after the review: the plan's first, else the save. */
  private static String afterReview(List<Question> qs) {
    for (Question x : qs) {
      if (x.section().afterReview()) {
        return x.id();
      }
    }
    return Ids.SAVE;
  }

  /** The first question before the review with no answer that someone here could give. */
  static java.util.Optional<String> firstOpen(List<Question> qs, SessionState state,
      List<String> missing) {
    for (Question x : qs) {
      if (x.section() == Section.REVIEW) {
        break;
      }
      if (state.answer(x.id()).isEmpty() && !missing.contains(x.id())) {
        return java.util.Optional.of(x.id());
      }
    }
    return java.util.Optional.empty();
  }

  /** The question before {@code q}; empty at the first one. */
  static java.util.Optional<String> previous(List<Question> qs, Question q) {
    int i = qs.indexOf(q);
    return i <= 0 ? java.util.Optional.empty() : java.util.Optional.of(qs.get(i - 1).id());
  }

  /** True while question {@code id} is still part of the weighting step. */
  static boolean weighing(List<Question> qs, String id) {
    return qs.stream().anyMatch(x -> x.id().equals(id) && x.section() == Section.WEIGHTS);
  }
}
