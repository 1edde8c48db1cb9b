package dev.crossroads.session.question;

import dev.crossroads.session.ask.Layout;
import dev.crossroads.session.state.Answer;
import dev.crossroads.session.state.Ids;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The review's answers in groups, one line each (the decision, the options, the gut ranking,
 * the criteria, the weights, the ratings, the money figures, the reflections), so that the whole
 * review fits one screen; the group a person opens shows its answers, numbered. Numbers stay
 * those of the whole list, so {@code edit N} means the same answer whichever group is open.
 */
final class ReviewGroups {
  /** Columns a group's line may take, at the 80 columns every screen is read at. */
  private static final int COLUMNS = 78;
  private final List<Question> before;

  ReviewGroups(List<Question> before) {
    this.before = List.copyOf(before);
  }

  /** One group: its name and the positions (from 0) of its questions in the whole list. */
  private record Group(String key, List<Integer> positions) {}

  private List<Group> groups() {
    Map<String, List<Integer>> byKey = new LinkedHashMap<>();
    for (int i = 0; i < before.size(); i++) {
      String id = before.get(i).id();
      String key = id.startsWith(Ids.MONEY) ? "session.review.group.money"
          : before.get(i).section().key();
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
    }
    return byKey.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList();
  }

  /** The lines of the review, the group holding answer {@code open} (from 1) opened. */
  List<String> lines(Context ctx, Optional<Integer> open) {
    List<String> lines = new ArrayList<>();
    int digits = Integer.toString(before.size()).length();
    int names = groups().stream().mapToInt(g -> Layout.width(ctx.t(g.key()))).max().orElse(0);
    for (Group g : groups()) {
      int first = g.positions().get(0) + 1;
      int last = g.positions().get(g.positions().size() - 1) + 1;
      String range = first == last ? Integer.toString(first)
          : first + ctx.messages().ours("–") + last;
      String head = "  " + Layout.padLeft(range, digits * 2 + 1) + "  "
          + Layout.pad(ctx.t(g.key()), names);
      boolean opened = open.filter(n -> n >= first && n <= last).isPresent();
      // Under --ascii the summary is not cut short: the line stays whole, for a screen reader.
      String said = ctx.messages().ascii() ? summary(ctx, g)
          : Layout.cut(summary(ctx, g), COLUMNS - Layout.width(head) - 2);
      lines.add(opened ? head.stripTrailing() : head + "  " + said);
      if (opened) {
        lines.addAll(items(ctx, g));
      }
    }
    return lines;
  }

  /** What a closed group says: its answers in short, or how many are still open. */
  private String summary(Context ctx, Group g) {
    long missing = g.positions().stream()
        .filter(i -> ctx.state().answer(before.get(i).id()).isEmpty()).count();
    if (missing > 0) {
      return ctx.t("session.review.groupMissing", missing);
    }
    if (g.positions().size() > 3) {
      return ctx.t("session.review.groupCount", g.positions().size());
    }
    List<String> shown = new ArrayList<>();
    for (int i : g.positions()) {
      Question q = before.get(i);
      shown.add(q.shown(ctx.state().answer(q.id()).orElseThrow(), ctx));
    }
    // The decision's title is often the template's own: say it once.
    return String.join(ctx.messages().ours(" · "), shown.stream().distinct().toList());
  }

  private List<String> items(Context ctx, Group g) {
    List<String> lines = new ArrayList<>();
    int width = 0;
    for (int i : g.positions()) {
      width = Math.max(width, Layout.width(before.get(i).title(ctx)));
    }
    width = Math.min(width, 40);
    for (int i : g.positions()) {
      Question q = before.get(i);
      String value = ctx.state().answer(q.id()).map(a -> q.shown(a, ctx))
          .orElse(ctx.t("session.review.missing"));
      lines.add("  " + Layout.numbered(i + 1, before.size(),
          Layout.pad(q.title(ctx), width) + "  " + value));
    }
    return lines;
  }

  /** True for "open N" (or "show N"): open the group holding answer N. */
  static boolean isOpenCommand(String line) {
    return line.matches("(?i)(open|show|열기|보기)\\s*\\d+");
  }

  static Answer openAnswer(int n) {
    return Answer.text("open " + n);
  }

  /** The answer number an "open N" review answer holds, if it is one. */
  static Optional<Integer> opened(Optional<String> reviewAnswer) {
    return reviewAnswer.filter(a -> a.startsWith("open "))
        .map(a -> Integer.parseInt(a.substring("open ".length())));
  }
}
