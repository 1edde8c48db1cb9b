/**
 * Profile files. The format side reads schema-1 JSON into a {@link dev.crossroads.decision.Decision}
 * with located, translated problems ({@link dev.crossroads.store.ProfileReader}) and writes it
 * back in a stable, readable form ({@link dev.crossroads.store.ProfileWriter}).
 *
 * <p>Jackson stays here: the decision records know nothing of JSON. Nothing here prints; every
 * expected failure is a {@link dev.crossroads.Failure}.
 */
package dev.crossroads.store;
