/**
 * A session's answers on disk: drafts (one JSON file per unfinished session, written whole by a
 * rename, listed and discarded by {@code crossroads drafts}) and answers files (YAML or JSON
 * keyed by question id, for scripted sessions).
 */
package dev.crossroads.session.files;
