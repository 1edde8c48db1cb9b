/**
 * Reading files crossroads did not write, within limits (docs/limits.md): each kind of file has a
 * largest size, checked before a byte of it is read ({@link dev.crossroads.input.BoundedFile}),
 * and the JSON and YAML parsers stop at the same limits ({@link
 * dev.crossroads.input.ParserLimits}). What they refuse comes back in plain words with the line
 * and column ({@link dev.crossroads.input.SyntaxProblem}), never as a library's class names.
 *
 * <p>The profile store, the question bank and the answers file read through here; the core never
 * does. It may use {@code decision} (for the limits themselves) and Jackson; nothing here prints.
 */
package dev.crossroads.input;
