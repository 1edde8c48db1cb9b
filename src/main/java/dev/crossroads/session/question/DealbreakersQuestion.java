package dev.crossroads.session.question;

import dev.crossroads.session.ask.Prompt;
import dev.crossroads.session.state.Answer;
import dev.crossroads.session.state.Ids;
import dev.crossroads.session.state.Section;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Which criteria are dealbreakers: their numbers, or Enter (or "none") for none. */
public final class DealbreakersQuestion extends KeyedQuestion {
  private static final Set<String> NONE = Set.of("none", "no", "-", "없음", "아니요", "0");

  DealbreakersQuestion() {
    super(Ids.DEALBREAKERS, Section.CRITERIA, "session.dealbreakers");
  }

  @Override
  public Prompt prompt(Context ctx) {
    List<CriterionInfo> criteria = ctx.criteria();
    List<String> kept = Lookup.numbersOf(criteria, ctx.state().items(id()), CriterionInfo::id);
    Optional<String> def = kept.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", kept));
    List<String> words = new ArrayList<>(List.of("none"));
    words.addAll(Lookup.upTo(criteria.size()));
    return prompt(ctx, numbered(ctx, criteria.stream().map(CriterionInfo::label).toList()), def,
        words);
  }

  @Override
  public Outcome typed(String line, Context ctx) {
    if (line.isEmpty() || NONE.contains(line.toLowerCase(java.util.Locale.ROOT))) {
      return new Outcome.Done(Answer.items(List.of()));
    }
    List<CriterionInfo> criteria = ctx.criteria();
    Lookup.Numbered named = Lookup.numbers(criteria, line, CriterionInfo::id,
        c -> ctx.names(c.id(), c.label()), "session.dealbreakers.unknown");
    if (named.refused().isPresent()) {
      return named.refused().get();
    }
    List<Integer> numbers = named.numbers();
    if (numbers.isEmpty()) {
      return Outcome.invalid("session.dealbreakers.format");
    }
    Set<String> ids = new LinkedHashSet<>();
    for (int n : numbers) {
      if (n < 1 || n > criteria.size()) {
        return Outcome.invalid("session.pick.range", 1, criteria.size());
      }
      ids.add(criteria.get(n - 1).id());
    }
    return new Outcome.Done(Answer.items(new ArrayList<>(ids)));
  }

  @Override
  public Outcome given(Answer answer, Context ctx) {
    if (answer instanceof Answer.Text t) {
      return typed(t.value().strip(), ctx);
    }
    List<String> ids = new ArrayList<>();
    for (String v : ((Answer.Items) answer).values()) {
      Lookup.Found<CriterionInfo> c = Lookup.exact(ctx.criteria(), v, CriterionInfo::id,
          x -> ctx.names(x.id(), x.label()));
      if (c.match().isEmpty()) {
        return c.reason("session.dealbreakers.unknown");
      }
      ids.add(c.match().get().id());
    }
    return new Outcome.Done(Answer.items(ids));
  }

  @Override
  public String shown(Answer answer, Context ctx) {
    List<String> labels = new ArrayList<>();
    for (String k : ((Answer.Items) answer).values()) {
      ctx.criteria().stream().filter(c -> c.id().equals(k)).findFirst()
          .ifPresent(c -> labels.add(c.label()));
    }
    return labels.isEmpty() ? ctx.t("session.none") : String.join(", ", labels);
  }
}
