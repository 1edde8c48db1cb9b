package dev.crossroads.decision;

/** Whether more of a criterion is better (benefit) or worse (cost). */
public enum Direction {
  BENEFIT,
  COST
}
