package dev.crossroads.weighting;

/**
 * The pairwise judgement "a vs b" that fits the others worst: what was given, and the value on
 * Saaty's 1/9..9 scale that would fit the other judgements best.
 */
public record JudgementFix(String a, String b, double given, double suggested) {}
