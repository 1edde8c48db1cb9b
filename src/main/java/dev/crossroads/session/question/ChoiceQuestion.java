package dev.crossroads.session.question;

import dev.crossroads.session.ask.Layout;
import dev.crossroads.Numbers;
import dev.crossroads.session.ask.Prompt;
import dev.crossroads.session.state.Answer;
import dev.crossroads.session.state.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * One of a few named choices (the weighting method, whether to keep inconsistent judgements),
 * typed as its number, its word, or its word in the session's language.
 */
public final class ChoiceQuestion extends KeyedQuestion {
  private final List<String> choices;
  private final Function<Context, List<String>> extraLead;
  private final Optional<String> fallback;

  /** Texts come from {@code key.title}, {@code key.ask}, {@code key.<choice>}, {@code key.help}. */
  ChoiceQuestion(
      String id,
      Section section,
      String key,
      List<String> choices,
      Function<Context, List<String>> extraLead,
      Optional<String> fallback) {
    super(id, section, key);
    this.choices = List.copyOf(choices);
    this.extraLead = extraLead;
    this.fallback = fallback;
  }

  @Override
  public Prompt prompt(Context ctx) {
    List<String> lead = new ArrayList<>(extraLead.apply(ctx));
    lead.addAll(numbered(ctx, choices.stream()
        .map(c -> Layout.pad(c, 7) + " " + text(ctx, c)).toList()));
    return prompt(ctx, lead, ctx.state().text(id()).or(() -> fallback), choices);
  }

  @Override
  public Outcome typed(String line, Context ctx) {
    OptionalInt n = Numbers.integer(line);
    if (n.isPresent() && n.getAsInt() >= 1 && n.getAsInt() <= choices.size()) {
      return new Outcome.Done(Answer.text(choices.get(n.getAsInt() - 1)));
    }
    String lower = line.toLowerCase(Locale.ROOT);
    for (String c : choices) {
      if (c.equals(lower) || Choices.same(text(ctx, c + ".word"), line)) {
        return new Outcome.Done(Answer.text(c));
      }
    }
    return Outcome.invalid("session.choice.unknown", String.join(", ", choices));
  }

  @Override
  public String shown(Answer answer, Context ctx) {
    String v = ((Answer.Text) answer).value();
    return text(ctx, v);
  }
}
