package dev.crossroads.cli;

/** One run of a command with captured output; its toString shows both streams when a test fails. */
record SubcommandRun(int exitCode, String out, String err) {
  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- out ---\n" + out + "--- err ---\n" + err;
  }
}
