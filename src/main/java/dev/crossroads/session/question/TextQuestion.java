package dev.crossroads.session.question;

import dev.crossroads.session.ask.Prompt;
import dev.crossroads.session.state.Answer;
import dev.crossroads.session.state.Section;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A free-text answer: the decision's title, a reflection, the profile's name. Optional ones take
 * an empty line; a check may refuse what was typed with a reason.
 */
public final class TextQuestion extends KeyedQuestion {
  /** The parts that differ from one text question to another; {@code key.label} is its label. */
  record Spec(
      String id,
      Section section,
      String key,
      Function<Context, String> title,
      Function<Context, List<String>> lead,
      Function<Context, Optional<String>> fallback,
      Function<Context, List<String>> help,
      boolean optional,
      Function<String, Optional<dev.crossroads.Message>> check) {}

  private static final int MAX_LENGTH = 2000;
  private final Spec spec;

  TextQuestion(Spec spec) {
    super(spec.id(), spec.section(), spec.key());
    this.spec = spec;
  }

  @Override
  public String title(Context ctx) {
    return spec.title().apply(ctx);
  }

  @Override
  public Prompt prompt(Context ctx) {
    Optional<String> def = ctx.state().text(id()).filter(s -> !s.isBlank());
    return prompt(ctx, spec.lead().apply(ctx), def.or(() -> spec.fallback().apply(ctx)),
        List.of());
  }

  @Override
  public List<String> help(Context ctx) {
    return spec.help().apply(ctx);
  }

  @Override
  public Outcome typed(String line, Context ctx) {
    if (line.isEmpty()) {
      return spec.optional()
          ? new Outcome.Done(Answer.text(""))
          : Outcome.invalid("session.text.required");
    }
    if (line.length() > MAX_LENGTH) {
      return Outcome.invalid("session.text.tooLong", MAX_LENGTH);
    }
    Optional<dev.crossroads.Message> problem = spec.check().apply(line);
    if (problem.isPresent()) {
      return new Outcome.Invalid(problem.get());
    }
    return new Outcome.Done(Answer.text(line));
  }
}
