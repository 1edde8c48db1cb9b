package dev.crossroads.session.step;

import dev.crossroads.Present;
import dev.crossroads.session.state.Section;
import dev.crossroads.session.state.SessionState;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a session stands between two replies: the answers a draft keeps ({@link SessionState}),
 * and what only this run needs to know: the section header and summary already shown, whether
 * the last reply asked for help (a second {@code ?} means "don't know"), whether the next prompt
 * repeats its lead, the line to put back, the questions nobody here can answer, and the answers
 * that are only defaults taken for nobody. Immutable: {@link Step} makes a new one per reply.
 */
public record Walk(
    SessionState state,
    Optional<Section> header,
    boolean summaryShown,
    boolean helpShown,
    boolean leadHidden,
    String prefill,
    List<String> missing,
    Set<String> defaulted) {

  public Walk {
    Present.all("state", state, "header", header, "prefill", prefill);
    missing = List.copyOf(missing);
    defaulted = Set.copyOf(defaulted);
  }

  /** A run starting at {@code state}: nothing shown yet, {@code typing} put back in the line. */
  static Walk at(SessionState state, String typing) {
    return new Walk(state, Optional.empty(), false, false, false, typing, List.of(), Set.of());
  }

  Walk with(SessionState newState) {
    return new Walk(newState, header, summaryShown, helpShown, leadHidden, prefill, missing,
        defaulted);
  }

  Walk shown(Section section) {
    return new Walk(state, Optional.of(section), summaryShown, helpShown, leadHidden, prefill,
        missing, defaulted);
  }

  Walk withSummary() {
    return new Walk(state, header, true, helpShown, leadHidden, prefill, missing, defaulted);
  }

  /** After help was shown: the prompt is put again without its lead, which is on screen. */
  Walk helped() {
    return new Walk(state, header, summaryShown, true, true, prefill, missing, defaulted);
  }

  /** After a refusal: the prompt is put again without its lead, on a clean line. */
  Walk refused() {
    return new Walk(state, header, summaryShown, false, true, prefill, missing, defaulted);
  }

  /** Once the prompt was put: its lead shows again next time, and nothing is put back. */
  Walk asked() {
    return new Walk(state, header, summaryShown, helpShown, false, "", missing, defaulted);
  }

  Walk noHelp() {
    return new Walk(state, header, summaryShown, false, leadHidden, prefill, missing, defaulted);
  }

  Walk missed(String id) {
    List<String> more = new java.util.ArrayList<>(missing);
    more.add(id);
    return new Walk(state, header, summaryShown, helpShown, leadHidden, prefill, more,
        defaulted);
  }

  /** Marks {@code id}'s answer as a default taken for nobody, or as the person's own. */
  Walk defaulted(String id, boolean byDefault) {
    Set<String> now = new java.util.HashSet<>(defaulted);
    if (byDefault) {
      now.add(id);
    } else {
      now.remove(id);
    }
    return new Walk(state, header, summaryShown, helpShown, leadHidden, prefill, missing, now);
  }
}
