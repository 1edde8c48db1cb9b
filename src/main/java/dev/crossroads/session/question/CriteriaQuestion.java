package dev.crossroads.session.question;

import dev.crossroads.decision.Limits;

import dev.crossroads.session.ask.Prompt;
import dev.crossroads.session.state.Answer;
import dev.crossroads.session.state.Ids;
import dev.crossroads.session.state.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The criteria: the template's pre-selected ones to start with, more from its catalogue, or the
 * person's own (rated 1 to 10, more is better). Kept as catalogue ids and custom names.
 */
public final class CriteriaQuestion extends ListQuestion {
  CriteriaQuestion() {
    super(Ids.CRITERIA, Section.CRITERIA, "session.criteria", 2, 12);
  }

  @Override
  public Prompt prompt(Context ctx) {
    List<String> lead = numbered(ctx, ctx.criteria().stream().map(CriterionInfo::label).toList());
    List<String> more = others(ctx);
    if (!more.isEmpty()) {
      lead.add(text(ctx, "more", String.join(", ", more)));
    }
    lead.add(text(ctx, "commands"));
    List<String> words = new ArrayList<>(List.of("add ", "remove ", "edit "));
    words.addAll(more);
    return prompt(ctx, lead, Optional.empty(), words);
  }

  private static List<String> others(Context ctx) {
    List<String> chosenIds = ctx.criteria().stream().map(CriterionInfo::id).toList();
    return ctx.blueprint().catalogue().stream()
        .filter(c -> !chosenIds.contains(c.id()))
        .map(CriterionInfo::label)
        .toList();
  }

  @Override
  public List<String> help(Context ctx) {
    List<String> lines = new ArrayList<>();
    lines.add(text(ctx, "help"));
    for (CriterionInfo c : ctx.blueprint().catalogue()) {
      lines.add("  " + c.label() + ctx.messages().ours(" — ") + c.description());
    }
    return lines;
  }

  @Override
  List<String> entries(Context ctx) {
    return ctx.criterionItems();
  }

  @Override
  Outcome add(List<String> items, String typed, Context ctx) {
    Lookup.Found<CriterionInfo> added = named(typed, ctx);
    if (added.match().isEmpty() && !added.candidates().isEmpty()) {
      return added.reason("session.criteria.unknown");
    }
    String item = added.match().map(CriterionInfo::id).orElse(added.typed());
    for (CriterionInfo existing : ctx.criteria()) {
      if (existing.id().equals(item) || Choices.same(existing.label(), added.typed())) {
        return Outcome.invalid("session.criteria.duplicate", existing.label());
      }
    }
    items.add(item);
    return new Outcome.Working(Answer.items(items));
  }

  @Override
  Outcome rename(List<String> items, int index, String typed, Context ctx) {
    Lookup.Found<CriterionInfo> renamed = named(typed, ctx);
    if (renamed.match().isEmpty() && !renamed.candidates().isEmpty()) {
      return renamed.reason("session.criteria.unknown");
    }
    items.set(index, renamed.match().map(CriterionInfo::id).orElse(renamed.typed()));
    return new Outcome.Working(Answer.items(items));
  }

  /**
   * The catalogue's criterion a typed name means: its label in either language, or the start of
   * one; none for a name of the person's own (or one in quotes).
   */
  private static Lookup.Found<CriterionInfo> named(String typed, Context ctx) {
    return Lookup.find(ctx.blueprint().catalogue(), typed, CriterionInfo::id,
        x -> ctx.names(x.id(), x.label()));
  }

  @Override
  public Outcome given(Answer answer, Context ctx) {
    List<String> items = new ArrayList<>();
    for (String s : names(answer, ",;\\n")) {
      Lookup.Found<CriterionInfo> known = Lookup.exact(ctx.blueprint().catalogue(), s,
          CriterionInfo::id, x -> ctx.names(x.id(), x.label()));
      if (!known.candidates().isEmpty()) {
        return known.reason("session.criteria.unknown");
      }
      String item = known.match().map(CriterionInfo::id).orElse(s);
      if (items.contains(item)) {
        return Outcome.invalid("session.criteria.duplicate", s);
      }
      items.add(item);
    }
    return counted(items).orElse(new Outcome.Done(Answer.items(items)));
  }

  @Override
  public String shown(Answer answer, Context ctx) {
    return String.join(ctx.messages().ours(" · "), ctx.criteria().stream().map(CriterionInfo::label).toList());
  }
}
