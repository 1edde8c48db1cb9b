package dev.crossroads.cli;

import dev.crossroads.Present;
import dev.crossroads.Message;
import dev.crossroads.Problem;
import dev.crossroads.Messages;
import dev.crossroads.decision.Decision;
import dev.crossroads.store.ProfilePaths;
import dev.crossroads.store.ProfileStore;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the profile commands need beyond the process context: the store (opened for a
 * {@code --home} folder, if one is given), a way to ask for confirmation, the current winner of a
 * decision, and export formats beyond the built-in json.
 *
 * @param store opens the store for the {@code --home} option's value
 * @param winner the current winner's label for a decision (from the analysis), or "-"
 * @param exportFormats formats beyond the built-in json
 */
public record ProfileCommandContext(
    AppContext app,
    Function<Optional<Path>, ProfileStore> store,
    Confirmation confirmation,
    Function<Decision, String> winner,
    List<ExportFormat> exportFormats) {

  public static final String NO_WINNER = "-";

  public ProfileCommandContext {
    Present.all("app", app, "store", store, "confirmation", confirmation, "winner", winner);
    exportFormats = List.copyOf(exportFormats);
  }

  /**
   * The real thing: profiles under {@code --home}, else {@code CROSSROADS_HOME}, else the XDG data
   * folder; questions asked on the terminal when there is one; the winner from the analysis;
   * Markdown and HTML exports besides JSON.
   */
  public static ProfileCommandContext from(AppContext app) {
    return new ProfileCommandContext(
        app,
        home -> ProfileStore.open(ProfilePaths.resolve(home, app.env(), app.home())),
        Confirmation.forProcess(app),
        Reports::winner,
        List.of(
            new ExportFormat("md", p -> Reports.markdown(app, p.profile())),
            new ExportFormat("html", p -> Reports.html(app, p.profile()))));
  }

  public Messages messages() {
    return app.messages();
  }

  /**
   * Asks {@code question}; when nobody can answer (no terminal), refuses with {@code needsYes},
   * which names the option that answers yes in advance.
   */
  public boolean confirmed(Message question, Message needsYes) {
    return confirmation
        .ask(messages().get(question))
        .orElseThrow(() -> new Problem(Problem.Kind.USAGE, needsYes));
  }

  /** The winner's label, or "-" while the decision is too incomplete to have one. */
  public String winnerOf(Decision decision) {
    try {
      return winner.apply(decision);
    } catch (Problem f) {
      return NO_WINNER;
    }
  }

  /** A moment as people read it in listings: local date and minutes. */
  public String time(Instant instant) {
    return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
        .withZone(app.clock().getZone())
        .format(instant);
  }

  public ProfileCommandContext withWinner(Function<Decision, String> newWinner) {
    return new ProfileCommandContext(app, store, confirmation, newWinner, exportFormats);
  }

  public ProfileCommandContext withExportFormat(ExportFormat format) {
    List<ExportFormat> formats = new ArrayList<>(exportFormats);
    formats.add(format);
    return new ProfileCommandContext(app, store, confirmation, winner, formats);
  }
}
