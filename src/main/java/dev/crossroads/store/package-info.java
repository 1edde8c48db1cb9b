/**
 * Profile files. The format side reads schema-1 JSON into a {@link dev.crossroads.decision.Decision}
 * with located, translated problems ({@link dev.crossroads.store.ProfileReader}) and writes it
 * back in a stable, readable form ({@link dev.crossroads.store.ProfileWriter}).
 *
 * <p>On disk ({@link dev.crossroads.store.ProfileStore}) each profile is one file under an ASCII
 * name made from the profile's name ({@link dev.crossroads.store.FileStem}), with the name itself
 * inside it, so that any name up to the limit can be saved, listed and opened under any locale
 * and on any file system.
 *
 * <p>Jackson stays here: the decision records know nothing of JSON. Nothing here prints; every
 * expected failure is a {@link dev.crossroads.Problem}.
 */
package dev.crossroads.store;
