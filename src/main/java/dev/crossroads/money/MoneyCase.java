package dev.crossroads.money;

/**
 * Which end of every uncertain figure a projection uses: the conservative salaries and the low
 * equity value, or the optimistic ones.
 */
public enum MoneyCase {
  CONSERVATIVE,
  OPTIMISTIC
}
