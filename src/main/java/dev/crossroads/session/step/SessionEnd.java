package dev.crossroads.session.step;

import dev.crossroads.session.state.SessionState;

import dev.crossroads.decision.Decision;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How a session ended: whether the person stopped it (Ctrl-C or Ctrl-D, the draft kept), the
 * state it ended in, and when it was saved, the decision and the profile file; the questions
 * nobody could answer, when it stopped for want of them.
 */
public record SessionEnd(
    boolean interrupted, SessionState state, Optional<Decision> decision, Optional<Path> profile,
    List<String> missing) {}
