package dev.crossroads.session;

import dev.crossroads.Problem;
import dev.crossroads.Message;
import dev.crossroads.Messages;
import dev.crossroads.session.edit.EditTarget;
import dev.crossroads.session.edit.SavedAnswers;
import dev.crossroads.session.files.Drafts;
import dev.crossroads.session.question.Catalogue;
import dev.crossroads.session.state.Answer;
import dev.crossroads.session.state.Ids;
import dev.crossroads.session.state.SessionState;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Where a session starts: a new decision (at the template named, if any), a draft resumed, or a
 * saved profile opened for an edit, with the language it runs in, the draft file it keeps, and
 * what to say first about an edit.
 */
record SessionStart(
    SessionState state, Path draft, String language, List<Message> notices,
    Optional<EditTarget> opened, boolean review) {

  SessionStart {
    notices = List.copyOf(notices);
  }

  static SessionStart of(SessionArgs args, String language, Drafts drafts, SessionServices svc,
      boolean interactive, Clock clock) {
    if (args.edit().isPresent()) {
      EditTarget target = svc.saver().open(args.edit().get());
      String lang = args.language().orElse(
          "ko".equals(target.profile().decision().language()) ? "ko" : "en");
      // The review start is for a person at a terminal; answers from a file or a pipe go
      // through every question, so each is checked as it is taken.
      boolean review = args.review() && args.answers().isEmpty() && interactive;
      SavedAnswers.Start start = SavedAnswers.start(target, review, lang,
          new Messages(InteractiveEntry.locale(lang)), svc.catalogue());
      return new SessionStart(start.state(), drafts.fresh(LocalDateTime.now(clock)), lang,
          start.notices(), Optional.of(target), review);
    }
    if (args.resume()) {
      Path draft = drafts.find(args.draft()).orElseThrow(() -> new Problem(Problem.Kind.MISSING,
          args.draft().isPresent()
              ? Message.of("session.draft.missing", args.draft().get())
              : Message.of("session.draft.none", drafts.dir())));
      SessionState state = drafts.load(draft);
      return args.language().isPresent()
          ? new SessionStart(state.inLanguage(language), draft, language, List.of(),
              Optional.empty(), false)
          : new SessionStart(state, draft, state.language(), List.of(), Optional.empty(), false);
    }
    SessionState state = SessionState.start(language);
    if (args.template().isPresent()) {
      String id = args.template().get();
      List<Catalogue.Title> titles = svc.catalogue().titles(language);
      if (titles.stream().noneMatch(t -> t.id().equals(id))) {
        throw new Problem(Problem.Kind.USAGE, Message.of("session.args.template", id,
            String.join(", ", titles.stream().map(Catalogue.Title::id).toList())));
      }
      state = state.with(Ids.TEMPLATE, Answer.text(id));
    }
    return new SessionStart(state, drafts.fresh(LocalDateTime.now(clock)), language, List.of(),
        Optional.empty(), false);
  }
}
