package dev.crossroads.session.step;

import dev.crossroads.session.edit.EditTarget;
import dev.crossroads.session.edit.EditedProfile;
import dev.crossroads.session.edit.SavedAnswers;
import dev.crossroads.session.question.Catalogue;
import dev.crossroads.session.question.Context;
import dev.crossroads.session.question.DecisionAssembler;
import dev.crossroads.session.question.MoneyPlans;
import dev.crossroads.session.state.Answer;

import dev.crossroads.Message;
import dev.crossroads.decision.Decision;
import dev.crossroads.store.Profile;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The profile a session's answers make, and what to say about what an edit could not keep. For
 * an edit, what the questions could not carry is put back from the profile it started from. The
 * summary shows exactly this profile, and the save writes it.
 */
public record Outgoing(Profile profile, List<Message> notices) {

  public Outgoing {
    notices = List.copyOf(notices);
  }

  public static Outgoing of(Context ctx, Optional<EditTarget> target, Catalogue catalogue) {
    Decision decision = DecisionAssembler.assemble(ctx);
    Profile profile = new Profile(decision, MoneyPlans.plan(ctx));
    if (target.isEmpty()) {
      return new Outgoing(profile, List.of());
    }
    Map<String, Answer> saved = SavedAnswers.of(target.get().profile(), ctx.blueprint(),
        ctx.messages(), target.get().origin().name()).answers();
    EditedProfile.Result edited = EditedProfile.of(target.get(), decision, profile.money(),
        ctx.state().answers(), saved, catalogue.titles(ctx.state().language()));
    return new Outgoing(edited.profile(), edited.notices());
  }
}
