package dev.crossroads.report;

import dev.crossroads.Present;
import dev.crossroads.TerminalText;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated fact as a report shows it: already in the reader's language, with the date it was last
 * believed true and where to check it. The text and source are cleaned of terminal controls
 * ({@link TerminalText}): facts can come from a template someone else wrote.
 */
public record DatedNote(String id, LocalDate asOf, String text, String source) {
  public DatedNote {
    Present.all("id", id, "asOf", asOf);
    text = TerminalText.clean(Objects.requireNonNull(text, "text"));
    source = TerminalText.clean(Objects.requireNonNull(source, "source"));
  }
}
