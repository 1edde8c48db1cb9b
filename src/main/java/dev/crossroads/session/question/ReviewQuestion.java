package dev.crossroads.session.question;

import dev.crossroads.Numbers;
import dev.crossroads.session.ask.Prompt;
import dev.crossroads.session.state.Answer;
import dev.crossroads.session.state.Ids;
import dev.crossroads.session.state.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Every answer, numbered; Enter goes on to the summary, {@code edit N} changes answer N. */
public final class ReviewQuestion extends KeyedQuestion {
  private final List<Question> before;

  ReviewQuestion(List<Question> before) {
    super(Ids.REVIEW, Section.REVIEW, "session.review");
    this.before = List.copyOf(before);
  }

  /** The review's lines: one per group, the group the person opened with its answers. */
  List<String> lines(Context ctx) {
    return new ReviewGroups(before).lines(ctx,
        ReviewGroups.opened(ctx.state().text(Ids.REVIEW)));
  }

  @Override
  public Prompt prompt(Context ctx) {
    List<String> lead = new ArrayList<>();
    lead.add(text(ctx, "ask"));
    lead.addAll(lines(ctx));
    lead.add(text(ctx, "commands"));
    return prompt(ctx, lead, Optional.empty(), List.of("edit ", "open "));
  }

  @Override
  public Outcome typed(String line, Context ctx) {
    if (line.isEmpty() || line.equalsIgnoreCase("ok") || line.equals("확인")) {
      return new Outcome.Done(Answer.text("ok"));
    }
    if (ReviewGroups.isOpenCommand(line)) {
      OptionalInt open = Numbers.integer(line.replaceFirst("^\\D+", ""));
      if (open.isEmpty() || open.getAsInt() < 1 || open.getAsInt() > before.size()) {
        return Outcome.invalid("session.pick.range", 1, before.size());
      }
      return new Outcome.Working(ReviewGroups.openAnswer(open.getAsInt()));
    }
    String number = line.replaceFirst("(?i)^(edit|수정)\\s*", "");
    OptionalInt n = Numbers.integer(number);
    if (n.isEmpty()) {
      return Outcome.invalid("session.review.format");
    }
    if (n.getAsInt() < 1 || n.getAsInt() > before.size()) {
      return Outcome.invalid("session.pick.range", 1, before.size());
    }
    return new Outcome.Jump(before.get(n.getAsInt() - 1).id());
  }

  @Override
  public Outcome given(Answer answer, Context ctx) {
    return new Outcome.Done(Answer.text("ok"));
  }
}
