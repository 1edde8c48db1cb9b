/**
 * The question bank: template records, reading and validating template files, and finding them
 * in the built-in bank, the XDG config directory and a {@code --questions} directory. It may use
 * {@code decision} and Jackson; it knows nothing of terminals, prompts or profiles.
 */
package dev.crossroads.questions;
