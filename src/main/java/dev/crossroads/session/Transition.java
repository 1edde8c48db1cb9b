package dev.crossroads.session;

import java.util.List;

/** One step's result: the walk it leads to, what to do now, and what to wait for next. */
record Transition(Walk walk, List<Effect> effects, Next next) {

  Transition {
    effects = List.copyOf(effects);
  }
}
