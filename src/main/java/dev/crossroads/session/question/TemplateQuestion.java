package dev.crossroads.session.question;

import dev.crossroads.Numbers;
import dev.crossroads.session.ask.Prompt;
import dev.crossroads.session.state.Answer;
import dev.crossroads.session.state.Ids;
import dev.crossroads.session.state.Section;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** The first screen: which kind of decision. Needs only the templates' titles. */
public final class TemplateQuestion extends KeyedQuestion {
  private final List<Catalogue.Title> titles;

  TemplateQuestion(List<Catalogue.Title> titles) {
    super(Ids.TEMPLATE, Section.DECISION, "session.template");
    this.titles = List.copyOf(titles);
  }

  @Override
  public Prompt prompt(Context ctx) {
    List<String> lead = numbered(ctx,
        titles.stream().map(t -> ctx.messages().ours(t.title())).toList());
    Optional<String> current = ctx.state().text(Ids.TEMPLATE).flatMap(this::number);
    return prompt(ctx, lead, current.or(() -> Optional.of("1")),
        titles.stream().map(Catalogue.Title::id).toList());
  }

  private Optional<String> number(String id) {
    for (int i = 0; i < titles.size(); i++) {
      if (titles.get(i).id().equals(id)) {
        return Optional.of(Integer.toString(i + 1));
      }
    }
    return Optional.empty();
  }

  @Override
  public Outcome typed(String line, Context ctx) {
    Outcome chosen = choose(line);
    Optional<String> current = ctx.state().text(Ids.TEMPLATE);
    if (ctx.state().origin().isPresent() && current.isPresent()
        && chosen instanceof Outcome.Done d && !d.answer().equals(Answer.text(current.get()))) {
      // An edit changes answers within its decision; another template's questions would not
      // line up with the saved ones (the money view, the criteria's words).
      return Outcome.invalid("session.edit.sameTemplate");
    }
    return chosen;
  }

  private Outcome choose(String line) {
    OptionalInt n = Numbers.integer(line);
    if (n.isPresent()) {
      if (n.getAsInt() < 1 || n.getAsInt() > titles.size()) {
        return Outcome.invalid("session.pick.range", 1, titles.size());
      }
      return new Outcome.Done(Answer.text(titles.get(n.getAsInt() - 1).id()));
    }
    for (Catalogue.Title t : titles) {
      if (t.id().equalsIgnoreCase(line)) {
        return new Outcome.Done(Answer.text(t.id()));
      }
    }
    Lookup.Found<Catalogue.Title> found = Lookup.find(titles, line, Catalogue.Title::id,
        t -> List.of(t.title()));
    return found.match().<Outcome>map(t -> new Outcome.Done(Answer.text(t.id())))
        .orElseGet(() -> found.reason("session.template.unknown"));
  }

  @Override
  public String shown(Answer answer, Context ctx) {
    String id = ((Answer.Text) answer).value();
    return titles.stream().filter(t -> t.id().equals(id)).map(Catalogue.Title::title)
        .map(ctx.messages()::ours).findFirst().orElse(id);
  }
}
