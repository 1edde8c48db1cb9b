package dev.crossroads.session.question;

import dev.crossroads.Numbers;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * A line typed at a list editor: {@code add NAME}, {@code remove N}, {@code edit N NAME}, a bare
 * name (added), or nothing (the list is done). Korean command words work as well.
 */
public record EditCommand(Kind kind, int index, String text) {
  public enum Kind {
    DONE,
    ADD,
    REMOVE,
    EDIT,
    BAD
  }

  public static EditCommand parse(String line) {
    String s = line.strip();
    if (s.isEmpty()) {
      return new EditCommand(Kind.DONE, 0, "");
    }
    String[] parts = s.split("\\s+", 2);
    String word = parts[0].toLowerCase(Locale.ROOT);
    String rest = parts.length > 1 ? parts[1].strip() : "";
    switch (word) {
      case "add", "+", "추가":
        return rest.isEmpty() ? new EditCommand(Kind.BAD, 0, "") : new EditCommand(Kind.ADD, 0, rest);
      case "remove", "rm", "del", "delete", "-", "삭제", "빼기":
        return number(rest).isPresent()
            ? new EditCommand(Kind.REMOVE, number(rest).getAsInt(), "")
            : new EditCommand(Kind.BAD, 0, "");
      case "edit", "rename", "수정":
        String[] er = rest.split("\\s+", 2);
        if (er.length < 2 || number(er[0]).isEmpty()) {
          return new EditCommand(Kind.BAD, 0, "");
        }
        return new EditCommand(Kind.EDIT, number(er[0]).getAsInt(), er[1].strip());
      default:
        if (Numbers.integer(s).isPresent()) {
          return new EditCommand(Kind.BAD, 0, "");
        }
        return new EditCommand(Kind.ADD, 0, s);
    }
  }

  private static OptionalInt number(String s) {
    return Numbers.integer(s.strip());
  }
}
