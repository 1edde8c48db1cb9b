package dev.crossroads.session;

import dev.crossroads.session.ask.Asker;
import dev.crossroads.session.ask.Prompt;
import dev.crossroads.session.ask.Reply;

import dev.crossroads.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * Lets another asker (an answers file, a terminal) reply, and records every prompt put, so a
 * test can say what was asked.
 */
final class RecordingAsker implements Asker {
  private final Asker asker;
  private final List<Prompt> prompts = new ArrayList<>();

  RecordingAsker(Asker asker) {
    this.asker = asker;
  }

  List<Prompt> prompts() {
    return prompts;
  }

  List<String> ids() {
    return prompts.stream().map(Prompt::id).toList();
  }

  @Override
  public Reply ask(Prompt prompt) {
    prompts.add(prompt);
    return asker.ask(prompt);
  }

  @Override
  public void say(String text) {
    asker.say(text);
  }

  @Override
  public void rejected(Prompt prompt, String typed, Message reason) {
    asker.rejected(prompt, typed, reason);
  }

  @Override
  public boolean interactive() {
    return asker.interactive();
  }
}
