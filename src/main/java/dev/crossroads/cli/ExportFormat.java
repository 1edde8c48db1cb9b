package dev.crossroads.cli;

import dev.crossroads.Present;
import dev.crossroads.store.StoredProfile;
import java.util.function.Function;

/**
 * One way to export a profile: the {@code --format} name and a renderer. JSON is built in; the
 * report layer plugs in markdown and html through this record.
 */
public record ExportFormat(String name, Function<StoredProfile, String> render) {
  public ExportFormat {
    Present.all("name", name, "render", render);
  }
}
