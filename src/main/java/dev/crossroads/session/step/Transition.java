package dev.crossroads.session.step;

import java.util.List;

/** One step's result: the walk it leads to, what to do now, and what to wait for next. */
public record Transition(Walk walk, List<Effect> effects, Next next) {

  public Transition {
    effects = List.copyOf(effects);
  }
}
