package dev.crossroads.e2e;

/**
 * Answers prompts one at a time, as a person would: waits until the next prompt (each ends in
 * "›") is on screen, then types. Every Enter or Esc brings one new prompt, help and refusals
 * included, so counting prompts keeps the script and the screen in step.
 */
final class Person {
  private static final String PROMPT_END = "›";
  private final Tmux tmux;
  private int answered;

  Person(Tmux tmux) {
    this.tmux = tmux;
  }

  static int prompts(String screen) {
    int n = 0;
    for (int i = screen.indexOf(PROMPT_END); i >= 0; i = screen.indexOf(PROMPT_END, i + 1)) {
      n++;
    }
    return n;
  }

  private void awaitPrompt() {
    int wanted = answered + 1;
    tmux.waitFor("prompt " + wanted, s -> prompts(s) >= wanted);
  }

  /** Types {@code line} at the next prompt and presses Enter. */
  Person answer(String line) {
    awaitPrompt();
    tmux.type(line);
    tmux.press("Enter");
    answered++;
    return this;
  }

  /** Pastes {@code text} at the next prompt and presses Enter. */
  Person pasteAndEnter(String text) {
    awaitPrompt();
    tmux.paste(text);
    tmux.press("Enter");
    answered++;
    return this;
  }

  Person answers(String... lines) {
    for (String l : lines) {
      answer(l);
    }
    return this;
  }

  /** Esc: back to the previous question. */
  Person escape() {
    awaitPrompt();
    tmux.press("Escape");
    answered++;
    return this;
  }

  /** Types {@code partial} and presses Ctrl-C: the session stops; its prompt stays answered. */
  Person interrupt(String partial) {
    awaitPrompt();
    tmux.type(partial);
    // Ctrl-C is a signal: the terminal drops input not yet read, so let the line show first.
    tmux.waitFor("the half-typed line", s -> s.stripTrailing().endsWith("› " + partial));
    tmux.press("C-c");
    answered++;
    return this;
  }

  /** Types the rest of a line already put back at the prompt. */
  Person complete(String rest) {
    return answer(rest);
  }

  String waitFor(String text) {
    return tmux.waitFor("\"" + text + "\"", s -> s.contains(text));
  }
}
