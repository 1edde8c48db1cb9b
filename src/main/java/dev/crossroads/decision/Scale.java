package dev.crossroads.decision;

/** How a criterion is measured: a bounded rating, or a quantity in some unit. */
public sealed interface Scale permits RatingScale, QuantityScale {}
