package dev.crossroads.cli;

import picocli.CommandLine.IVersionProvider;

/** The version for picocli's {@code --version} of a subcommand. */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {Version.text()};
  }
}
