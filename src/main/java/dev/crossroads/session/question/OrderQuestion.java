package dev.crossroads.session.question;

import dev.crossroads.Numbers;
import dev.crossroads.session.ask.Prompt;
import dev.crossroads.session.state.Answer;
import dev.crossroads.session.state.Section;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A ranking, typed as the items' numbers best first ("2 1 3"); the last one may be left out.
 * Used for the gut ranking of the options and for ranking the criteria.
 */
public final class OrderQuestion extends KeyedQuestion {
  private final Function<Context, List<Item>> items;

  /** {@code key} prefixes this question's texts: {@code key.title}, {@code key.ask}... */
  OrderQuestion(String id, Section section, String key, Function<Context, List<Item>> items) {
    super(id, section, key);
    this.items = items;
  }

  @Override
  public Prompt prompt(Context ctx) {
    List<Item> list = items.apply(ctx);
    List<String> lead = numbered(ctx, list.stream().map(Item::label).toList());
    List<String> kept = Lookup.numbersOf(list, ctx.state().items(id()), Item::id);
    // A ranking is offered again only whole: a part of one would read as a complete answer.
    Optional<String> def = kept.size() == list.size() && !kept.isEmpty()
        ? Optional.of(String.join(" ", kept)) : Optional.empty();
    return prompt(ctx, lead, def, Lookup.upTo(list.size()));
  }

  @Override
  public List<String> help(Context ctx) {
    return List.of(text(ctx, "help"), ctx.t("session.order.example"));
  }

  @Override
  public Outcome typed(String line, Context ctx) {
    List<Item> list = items.apply(ctx);
    Lookup.Numbered named = Lookup.numbers(list, line, Item::id,
        i -> ctx.names(i.id(), i.label()), "session.order.unknown");
    if (named.refused().isPresent()) {
      return named.refused().get();
    }
    List<Integer> numbers = named.numbers();
    if (numbers.isEmpty()) {
      return Outcome.invalid("session.order.format", list.size());
    }
    Set<Integer> seen = new LinkedHashSet<>();
    for (int n : numbers) {
      if (n < 1 || n > list.size()) {
        return Outcome.invalid("session.pick.range", 1, list.size());
      }
      if (!seen.add(n)) {
        return Outcome.invalid("session.order.twice", n);
      }
    }
    if (seen.size() == list.size() - 1) {
      for (int n = 1; n <= list.size(); n++) {
        seen.add(n);
      }
    }
    if (seen.size() != list.size()) {
      return Outcome.invalid("session.order.incomplete", list.size());
    }
    List<String> ids = new ArrayList<>();
    seen.forEach(n -> ids.add(list.get(n - 1).id()));
    return new Outcome.Done(Answer.items(ids));
  }

  @Override
  public Outcome given(Answer answer, Context ctx) {
    if (answer instanceof Answer.Text t) {
      return typed(t.value(), ctx);
    }
    List<Item> list = items.apply(ctx);
    List<String> numbers = new ArrayList<>();
    for (String v : ((Answer.Items) answer).values()) {
      Lookup.Found<Item> named = Lookup.exact(list, v, Item::id, i -> ctx.names(i.id(), i.label()));
      if (!named.candidates().isEmpty()) {
        return named.reason("session.order.unknown");
      }
      int found = named.match().map(list::indexOf).map(i -> i + 1).orElse(-1);
      if (found < 0 && Numbers.integer(v).isPresent()) {
        found = Numbers.integer(v).getAsInt();
      }
      if (found < 0) {
        return Outcome.invalid("session.order.unknown", v);
      }
      numbers.add(Integer.toString(found));
    }
    return typed(String.join(" ", numbers), ctx);
  }

  @Override
  public String shown(Answer answer, Context ctx) {
    List<Item> list = items.apply(ctx);
    List<String> labels = new ArrayList<>();
    for (String k : ((Answer.Items) answer).values()) {
      list.stream().filter(i -> i.id().equals(k)).findFirst().ifPresent(i -> labels.add(i.label()));
    }
    return String.join(" > ", labels);
  }
}
