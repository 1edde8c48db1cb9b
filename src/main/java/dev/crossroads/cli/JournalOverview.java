package dev.crossroads.cli;

import dev.crossroads.Messages;
import dev.crossroads.decision.Hindsight;
import dev.crossroads.journal.Hindsights;
import dev.crossroads.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * What the journals say together, in sentences for {@code crossroads review}: how often gut and
 * model agreed on first place, whose advice the person followed, and how the chances looked in
 * hindsight. Every number is a count of decisions ("1 of 3"); a share is added only from
 * {@value #PERCENT_FROM} decisions on, where a percentage says more than it hides.
 */
final class JournalOverview {
  static final int PERCENT_FROM = 20;
  /** The lines before the points: the heading and how many decisions were looked back at. */
  static final int LEAD = 2;
  private final Messages messages;

  JournalOverview(Messages messages) {
    this.messages = messages;
  }

  /**
   * The heading, how many decisions were looked back at, then one sentence a point; nothing
   * before the first look back.
   */
  List<String> lines(Hindsights h) {
    List<String> out = new ArrayList<>();
    if (h.reviewed() == 0) {
      return out;
    }
    out.add(messages.get("journal.stats.title"));
    out.add(messages.get("journal.stats.reviewed", h.reviewed()));
    if (h.compared() > 0) {
      out.add(messages.get(h.compared() == h.reviewed() ? "journal.stats.agreed"
          : "journal.stats.agreedAmong", of(h.agreed(), h.compared())));
    }
    if (h.agreedAndChoiceKnown() > 0) {
      out.add(messages.get("journal.stats.agreedChosen",
          of(h.agreedAndChosen(), h.agreedAndChoiceKnown())));
    }
    if (h.differedAndChoiceKnown() > 0) {
      out.add(messages.get("journal.stats.differed", h.followedGut(), h.followedModel(),
          h.followedNeither(), h.differedAndChoiceKnown()));
      if (h.followedGut() + h.followedModel() > 0) {
        out.add(messages.get(h.followedGut() > h.followedModel() ? "journal.stats.moreGut"
            : h.followedGut() < h.followedModel() ? "journal.stats.moreModel"
                : "journal.stats.even"));
      }
    }
    if (h.judged() > 0) {
      out.add(messages.get("journal.stats.hindsight", h.hindsight().get(Hindsight.TOO_SURE),
          h.hindsight().get(Hindsight.ABOUT_RIGHT), h.hindsight().get(Hindsight.NOT_SURE_ENOUGH)));
    }
    return out;
  }

  /** "1 of 3"; "12 of 30 (40%)" once there are enough to make a share mean something. */
  String of(int count, int total) {
    return total >= PERCENT_FROM
        ? messages.get("journal.stats.ofPercent", count, total,
            Numbers.percent((double) count / total))
        : messages.get("journal.stats.of", count, total);
  }
}
