package dev.crossroads.cli;

/** The process entry point. Everything below it takes its streams as arguments. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(0);
  }
}
