package dev.crossroads.questions;

import dev.crossroads.Present;

/**
 * A template file that was found but not yet read: its id (from the index or the file name),
 * where it came from, and where it is (a class-path resource or a file), for messages.
 */
public record TemplateEntry(String id, TemplateSource source, String location) {
  public TemplateEntry {
    Present.all("id", id, "source", source, "location", location);
  }
}
