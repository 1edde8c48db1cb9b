package dev.crossroads.store;

/** A place in a text file, both counted from 1 (columns in characters), as editors show them. */
public record SourceLocation(int line, int column) implements Comparable<SourceLocation> {
  @Override
  public int compareTo(SourceLocation other) {
    return line != other.line
        ? Integer.compare(line, other.line)
        : Integer.compare(column, other.column);
  }
}
