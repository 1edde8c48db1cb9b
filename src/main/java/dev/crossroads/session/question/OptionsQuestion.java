package dev.crossroads.session.question;

import dev.crossroads.decision.Limits;

import dev.crossroads.session.ask.Prompt;
import dev.crossroads.session.state.Answer;
import dev.crossroads.session.state.Ids;
import dev.crossroads.session.state.Section;
import dev.crossroads.session.state.SessionState;

import dev.crossroads.decision.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The options, starting from the template's: edited line by line, with "do nothing / stay"
 * offered when the list lacks it. Each edit is kept (and drafted) before the next.
 */
public final class OptionsQuestion extends ListQuestion {
  private static final Set<String> STAY_IDS = Set.of("stay", "wait", "do-nothing", "none");
  private static final Set<String> STAY_WORDS = Set.of("stay", "그대로", "현상유지");

  OptionsQuestion() {
    super(Ids.OPTIONS, Section.OPTIONS, "session.options", 2, 8);
  }

  @Override
  public Prompt prompt(Context ctx) {
    List<String> lead = numbered(ctx, ctx.options().stream().map(Option::label).toList());
    lead.add(text(ctx, "commands"));
    if (!hasStay(ctx)) {
      lead.add(text(ctx, "stayHint", text(ctx, "stayLabel")));
    }
    return prompt(ctx, lead, Optional.empty(), List.of("add ", "remove ", "edit ", "stay"));
  }

  private boolean hasStay(Context ctx) {
    String stay = text(ctx, "stayLabel");
    for (Option o : ctx.options()) {
      if (STAY_IDS.contains(o.id()) || Choices.same(o.label(), stay)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public List<String> help(Context ctx) {
    return List.of(text(ctx, "help1"), text(ctx, "help2"));
  }

  @Override
  List<String> entries(Context ctx) {
    return ctx.optionLabels();
  }

  /** "stay" (in either language) adds the option of staying as you are. */
  @Override
  EditCommand command(String line, Context ctx) {
    return STAY_WORDS.contains(line.strip().toLowerCase(java.util.Locale.ROOT))
        ? new EditCommand(EditCommand.Kind.ADD, 0, text(ctx, "stayLabel"))
        : EditCommand.parse(line);
  }

  @Override
  Outcome add(List<String> labels, String typed, Context ctx) {
    // A template's option named in the other language is the same option, in this one's.
    Lookup.Found<Option> known = Lookup.exact(ctx.blueprint().options(), typed,
        Option::id, o -> ctx.names(o.id(), o.label()));
    if (!known.candidates().isEmpty()) {
      return known.reason("session.options.duplicate");
    }
    String label = known.match().map(Option::label).orElse(typed);
    if (ctx.options().stream().anyMatch(o -> Choices.same(o.label(), label))) {
      return Outcome.invalid("session.options.duplicate", label);
    }
    labels.add(label);
    return new Outcome.Working(Answer.items(labels));
  }

  @Override
  Outcome rename(List<String> labels, int index, String typed, Context ctx) {
    labels.set(index, typed);
    return new Outcome.Working(Answer.items(labels));
  }

  @Override
  public Outcome given(Answer answer, Context ctx) {
    // Option labels may hold commas ("Stay, for now"): only semicolons and lines divide them.
    List<String> clean = names(answer, ";\\n");
    for (int i = 0; i < clean.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (Choices.same(clean.get(i), clean.get(j))) {
          return Outcome.invalid("session.options.duplicate", clean.get(i));
        }
      }
    }
    return counted(clean).orElse(new Outcome.Done(Answer.items(clean)));
  }

  @Override
  public String shown(Answer answer, Context ctx) {
    return String.join(ctx.messages().ours(" · "), ctx.options().stream().map(Option::label).toList());
  }

  /**
   * The answers after one option was renamed (the list is the same but for one entry, whose id
   * changes with its words): its ratings, money figures and place in the gut ranking move to
   * the new id, so renaming "Job" to "Job at Naver" keeps what was said about it.
   */
  public static SessionState carryRenamed(SessionState state, List<Option> before, List<Option> after) {
    if (before.size() != after.size()) {
      return state;
    }
    int changed = -1;
    for (int i = 0; i < before.size(); i++) {
      if (!before.get(i).id().equals(after.get(i).id())) {
        if (changed >= 0) {
          return state;
        }
        changed = i;
      }
    }
    if (changed < 0) {
      return state;
    }
    String from = before.get(changed).id();
    String to = after.get(changed).id();
    if (after.stream().anyMatch(o -> o.id().equals(from))) {
      return state;
    }
    SessionState out = state;
    for (Map.Entry<String, Answer> e : state.answers().entrySet()) {
      String key = e.getKey();
      for (String prefix : List.of(Ids.RATING, Ids.MONEY)) {
        if (key.startsWith(prefix + from + ".")) {
          String moved = prefix + to + key.substring(prefix.length() + from.length());
          if (state.answer(moved).isEmpty()) {
            out = out.without(key).with(moved, e.getValue());
          }
        }
      }
    }
    List<String> gut = out.items(Ids.GUT);
    if (gut.contains(from)) {
      List<String> renamed = new java.util.ArrayList<>(gut);
      renamed.set(gut.indexOf(from), to);
      out = out.with(Ids.GUT, Answer.items(renamed));
    }
    return out.at(state.cursor()).reviewing(state.reviewing()).typing(state.typing());
  }
}
