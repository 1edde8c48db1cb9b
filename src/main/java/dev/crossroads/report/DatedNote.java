package dev.crossroads.report;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated fact as a report shows it: already in the reader's language, with the date it was last
 * believed true and where to check it.
 */
public record DatedNote(String id, LocalDate asOf, String text, String source) {
  public DatedNote {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
  }
}
