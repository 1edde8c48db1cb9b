package dev.crossroads.session.question;

import dev.crossroads.decision.Limits;
import dev.crossroads.session.ask.Prompt;
import dev.crossroads.session.state.Answer;
import dev.crossroads.session.state.Section;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One line of the plan in the person's words: Plan A, B or Z, a next step, the signals. Every one
 * may be skipped with Enter, and {@code -} clears one a saved profile brought back, so an edit
 * can take a part of the plan away as well as change it.
 */
final class PlanLineQuestion implements Question {
  static final String CLEAR = "-";
  private final String id;
  private final String key;
  private final List<Object> args;
  private final Function<Context, Optional<String>> fallback;

  /**
   * @param key the bundle key the texts start with: {@code key.title}, {@code .ask}, {@code .label},
   *     {@code .help}, each given {@code args}
   * @param fallback the default when the session holds no answer yet
   */
  PlanLineQuestion(String id, String key, List<Object> args,
      Function<Context, Optional<String>> fallback) {
    this.id = id;
    this.key = key;
    this.args = List.copyOf(args);
    this.fallback = fallback;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Section section() {
    return Section.PLAN;
  }

  @Override
  public String title(Context ctx) {
    return text(ctx, "title");
  }

  @Override
  public Prompt prompt(Context ctx) {
    Optional<String> def = ctx.state().text(id).filter(s -> !s.isBlank());
    if (def.isEmpty() && ctx.state().answer(id).isEmpty()) {
      def = fallback.apply(ctx).filter(s -> !s.isBlank());
    }
    return new Prompt(id, List.of(text(ctx, "ask")), text(ctx, "label"), def, List.of(), "");
  }

  @Override
  public List<String> help(Context ctx) {
    return List.of(text(ctx, "help"), ctx.t("plan.help"));
  }

  @Override
  public Outcome typed(String line, Context ctx) {
    if (line.isEmpty() || line.equals(CLEAR)) {
      return new Outcome.Done(Answer.text(""));
    }
    if (Limits.length(line) > Limits.MAX_TEXT) {
      return Outcome.invalid("session.text.tooLong", Limits.MAX_TEXT);
    }
    return new Outcome.Done(Answer.text(line));
  }

  private String text(Context ctx, String part) {
    return ctx.t(key + "." + part, args.toArray());
  }
}
