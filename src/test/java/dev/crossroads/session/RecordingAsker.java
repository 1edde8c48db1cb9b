package dev.crossroads.session;

import dev.crossroads.session.ask.Asker;
import dev.crossroads.session.ask.FileAsker;
import dev.crossroads.session.ask.Prompt;
import dev.crossroads.session.ask.Reply;

import dev.crossroads.Message;
import java.util.ArrayList;
import java.util.List;

/** Lets an answers file reply, and records every prompt put, so a test can say what was asked. */
final class RecordingAsker implements Asker {
  private final FileAsker file;
  private final List<Prompt> prompts = new ArrayList<>();

  RecordingAsker(FileAsker file) {
    this.file = file;
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
    return file.ask(prompt);
  }

  @Override
  public void say(String text) {}

  @Override
  public void rejected(Prompt prompt, String typed, Message reason) {
    file.rejected(prompt, typed, reason);
  }

  @Override
  public boolean interactive() {
    return false;
  }
}
