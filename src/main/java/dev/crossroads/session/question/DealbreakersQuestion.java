package dev.crossroads.session.question;

import dev.crossroads.session.ask.Layout;
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
public final class DealbreakersQuestion implements Question {
  private static final Set<String> NONE = Set.of("none", "no", "-", "없음", "아니요", "0");

  @Override
  public String id() {
    return Ids.DEALBREAKERS;
  }

  @Override
  public Section section() {
    return Section.CRITERIA;
  }

  @Override
  public String title(Context ctx) {
    return ctx.t("session.dealbreakers.title");
  }

  @Override
  public Prompt prompt(Context ctx) {
    List<CriterionInfo> criteria = ctx.criteria();
    List<String> lead = new ArrayList<>();
    lead.add(ctx.t("session.dealbreakers.ask"));
    for (int i = 0; i < criteria.size(); i++) {
      lead.add(Layout.numbered(i + 1, criteria.size(), criteria.get(i).label()));
    }
    List<String> kept = ctx.state().items(id());
    List<String> numbers = new ArrayList<>();
    for (String k : kept) {
      for (int i = 0; i < criteria.size(); i++) {
        if (criteria.get(i).id().equals(k)) {
          numbers.add(Integer.toString(i + 1));
        }
      }
    }
    Optional<String> def = numbers.isEmpty() ? Optional.empty()
        : Optional.of(String.join(" ", numbers));
    List<String> words = new ArrayList<>(List.of("none"));
    for (int i = 1; i <= criteria.size(); i++) {
      words.add(Integer.toString(i));
    }
    return new Prompt(id(), lead, ctx.t("session.dealbreakers.label"), def, words, "");
  }

  @Override
  public List<String> help(Context ctx) {
    return List.of(ctx.t("session.dealbreakers.help"));
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
