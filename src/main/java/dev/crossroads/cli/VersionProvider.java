package dev.crossroads.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, or "dev" when run from classes. */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {text()};
  }

  /** "crossroads 0.1.0-SNAPSHOT": the build's version, written into the manifest by Maven. */
  static String text() {
    String version = Main.class.getPackage().getImplementationVersion();
    return "crossroads " + (version == null ? "dev" : version);
  }

  /** True for a command line that asks for the version and nothing else. */
  static boolean asked(String[] args) {
    return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
  }
}
