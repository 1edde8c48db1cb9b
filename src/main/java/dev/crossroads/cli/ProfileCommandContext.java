package dev.crossroads.cli;

import dev.crossroads.Failure;
import dev.crossroads.Messages;
import dev.crossroads.decision.Decision;
import dev.crossroads.store.ProfileStore;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the profile commands need from the process, passed in rather than looked up. The store
 * and messages are suppliers because they depend on root options ({@code --home}, the language)
 * that picocli has only parsed by the time a command runs.
 *
 * @param winner the current winner's label for a decision (from the analysis), or "-"
 * @param exportFormats formats beyond the built-in json
 */
public record ProfileCommandContext(
    Supplier<ProfileStore> store,
    Supplier<Messages> messages,
    Confirmation confirmation,
    ZoneId zone,
    Function<Decision, String> winner,
    List<ExportFormat> exportFormats) {

  public static final String NO_WINNER = "-";

  public ProfileCommandContext {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(messages, "messages");
    Objects.requireNonNull(confirmation, "confirmation");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(winner, "winner");
    exportFormats = List.copyOf(exportFormats);
  }

  /** A context with no winner yet and json export only. */
  public static ProfileCommandContext of(
      Supplier<ProfileStore> store,
      Supplier<Messages> messages,
      Confirmation confirmation,
      ZoneId zone) {
    return new ProfileCommandContext(
        store, messages, confirmation, zone, decision -> NO_WINNER, List.of());
  }

  /** The winner's label, or "-" while the decision is too incomplete to have one. */
  public String winnerOf(Decision decision) {
    try {
      return winner.apply(decision);
    } catch (Failure f) {
      return NO_WINNER;
    }
  }

  /** A moment as people read it in listings: local date and minutes. */
  public String time(Instant instant) {
    return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone).format(instant);
  }

  public ProfileCommandContext withWinner(Function<Decision, String> newWinner) {
    return new ProfileCommandContext(
        store, messages, confirmation, zone, newWinner, exportFormats);
  }

  public ProfileCommandContext withExportFormat(ExportFormat format) {
    List<ExportFormat> formats = new java.util.ArrayList<>(exportFormats);
    formats.add(format);
    return new ProfileCommandContext(store, messages, confirmation, zone, winner, formats);
  }
}
