/**
 * The money view: what each option costs and earns year by year over a horizon (tuition,
 * stipends, forgone salary, repaid sponsorships, startup equity), its net present value, and the
 * year one option catches up with another, each in a conservative and an optimistic case; and
 * whether a decision weighs that money twice, through net worth and a money criterion of its own
 * ({@link dev.crossroads.money.MoneyOverlap}).
 *
 * <p>Pure functions over numbers; uses {@code decision} (for {@link dev.crossroads.decision.Rating})
 * and the root package's {@link dev.crossroads.Problem} only. No terminal, file, picocli or
 * Jackson class. Amounts are in whatever currency unit the profile names; the unit is carried, never
 * converted.
 */
package dev.crossroads.money;
