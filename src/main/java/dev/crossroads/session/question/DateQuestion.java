package dev.crossroads.session.question;

import dev.crossroads.session.ask.Prompt;
import dev.crossroads.session.state.Answer;
import dev.crossroads.session.state.Section;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** A date in YYYY-MM-DD (the deadline, a review date); Enter leaves it open. */
public final class DateQuestion extends KeyedQuestion {
  private final Function<Context, String> title;
  private final Function<Context, List<String>> lead;
  private final Function<Context, Optional<LocalDate>> suggested;

  DateQuestion(
      String id,
      Section section,
      Function<Context, String> title,
      Function<Context, List<String>> lead,
      Function<Context, Optional<LocalDate>> suggested) {
    super(id, section, "session.date");
    this.title = title;
    this.lead = lead;
    this.suggested = suggested;
  }

  @Override
  public String title(Context ctx) {
    return title.apply(ctx);
  }

  @Override
  public Prompt prompt(Context ctx) {
    Optional<String> def = ctx.state().text(id()).filter(s -> !s.isBlank());
    if (def.isEmpty() && ctx.state().answer(id()).isEmpty()) {
      def = suggested.apply(ctx).map(LocalDate::toString);
    }
    return prompt(ctx, lead.apply(ctx), def, List.of());
  }

  @Override
  public List<String> help(Context ctx) {
    return List.of(text(ctx, "help", ctx.today().plusMonths(2).toString()));
  }

  @Override
  public Outcome typed(String line, Context ctx) {
    if (line.isEmpty() || line.equals("-")) {
      return new Outcome.Done(Answer.text(""));
    }
    LocalDate date;
    try {
      date = LocalDate.parse(line.replace('/', '-').replace('.', '-'));
    } catch (DateTimeParseException e) {
      return Outcome.invalid("session.date.format");
    }
    // A date given before (a saved profile's deadline, a resumed draft) may stay as it was.
    boolean kept = ctx.state().text(id()).filter(date.toString()::equals).isPresent();
    if (date.isBefore(ctx.today()) && !kept) {
      return Outcome.invalid("session.date.past", ctx.today().toString());
    }
    return new Outcome.Done(Answer.text(date.toString()));
  }
}
