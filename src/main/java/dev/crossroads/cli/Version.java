package dev.crossroads.cli;

/**
 * The version from the jar's manifest, or "dev" when run from classes. Apart from picocli's
 * {@link VersionProvider}: {@code Main} answers {@code --version} and starts the session
 * without loading any picocli class, which the class-data archive cannot hold.
 */
final class Version {
  private Version() {}

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
