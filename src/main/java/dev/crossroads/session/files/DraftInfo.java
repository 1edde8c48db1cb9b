package dev.crossroads.session.files;

import dev.crossroads.session.state.EditOrigin;
import dev.crossroads.session.state.Ids;
import dev.crossroads.session.state.Section;
import dev.crossroads.session.state.SessionState;

import dev.crossroads.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One draft as {@code crossroads drafts} lists it: its name (the file's, without ".json"), the
 * decision's title and template when given, the step it stopped at, the profile it edits, and
 * when it last changed. A draft that cannot be read is listed too, so that it can be discarded.
 */
public record DraftInfo(
    String name, Path file, Optional<String> title, Optional<String> template, Section step,
    Optional<String> editing, String language, Instant changed, boolean readable) {

  /** Every draft in {@code drafts}, newest first. */
  public static List<DraftInfo> list(Drafts drafts) {
    List<DraftInfo> out = new ArrayList<>();
    for (Path file : drafts.list()) {
      out.add(of(drafts, file));
    }
    return out;
  }

  static DraftInfo of(Drafts drafts, Path file) {
    String name = Drafts.name(file);
    Instant changed = changed(file);
    try {
      SessionState s = drafts.load(file);
      return new DraftInfo(name, file, s.text(Ids.TITLE).filter(t -> !t.isBlank()),
          s.text(Ids.TEMPLATE), Section.of(s.cursor()), s.origin().map(EditOrigin::name),
          s.language(), changed, true);
    } catch (Problem e) {
      return new DraftInfo(name, file, Optional.empty(), Optional.empty(), Section.DECISION,
          Optional.empty(), "en", changed, false);
    }
  }

  private static Instant changed(Path file) {
    try {
      return Files.getLastModifiedTime(file).toInstant();
    } catch (IOException e) {
      return Instant.EPOCH;
    }
  }
}
