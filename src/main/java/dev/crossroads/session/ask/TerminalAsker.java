package dev.crossroads.session.ask;

import dev.crossroads.Message;
import dev.crossroads.TerminalText;
import dev.crossroads.Messages;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.jline.keymap.KeyMap;
import org.jline.reader.Candidate;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * Asks a person at a terminal through one JLine reader kept for the whole session: line editing,
 * history, Tab completion of the question's choices, the default shown in brackets, Esc for back.
 */
public final class TerminalAsker implements Asker {
  private static final String BACK_WIDGET = "crossroads-back";
  private static final long ESC_WAIT_MS = 150;
  private final Terminal terminal;
  private final LineReader reader;
  private final Messages messages;
  private final List<String> words = new ArrayList<>();
  private boolean escaped;

  public TerminalAsker(Terminal terminal, Messages messages) {
    this.terminal = terminal;
    this.messages = messages;
    DefaultParser parser = new DefaultParser();
    parser.setEscapeChars(new char[0]);
    parser.setQuoteChars(new char[0]);
    this.reader =
        LineReaderBuilder.builder()
            .terminal(terminal)
            .parser(parser)
            .completer(
                (r, line, candidates) -> {
                  for (String w : words) {
                    boolean complete = !w.endsWith(" ");
                    candidates.add(new Candidate(w.strip(), w.strip(), null, null, null, null,
                        complete));
                  }
                })
            .variable(LineReader.AMBIGUOUS_BINDING, ESC_WAIT_MS)
            .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
            .option(LineReader.Option.INSERT_TAB, false)
            .build();
    reader.getWidgets().put(BACK_WIDGET, () -> {
      escaped = true;
      reader.getBuffer().clear();
      reader.callWidget(LineReader.ACCEPT_LINE);
      return true;
    });
    reader.getKeyMaps().get(LineReader.MAIN).bind(new Reference(BACK_WIDGET), KeyMap.esc());
  }

  @Override
  public Reply ask(Prompt prompt) {
    PrintWriter w = terminal.writer();
    for (String line : prompt.lead()) {
      Layout.wrap(line, width() - 1).forEach(w::println);
    }
    w.flush();
    words.clear();
    words.addAll(prompt.completions());
    String label = prompt.label()
        + prompt.defaultText().filter(d -> !d.isEmpty()).map(d -> " [" + (prompt.defaultNote().isEmpty() ? "" : prompt.defaultNote() + ": ") + d + "]").orElse("")
        + " › ";
    String styled = new AttributedString(TerminalText.line(label), AttributedStyle.BOLD)
        .toAnsi(terminal);
    escaped = false;
    try {
      String line = reader.readLine(styled, null, (org.jline.reader.MaskingCallback) null,
          prompt.prefill().isEmpty() ? null : TerminalText.line(prompt.prefill()));
      if (escaped) {
        return new Reply.Back();
      }
      return new Reply.Typed(line);
    } catch (UserInterruptException e) {
      return new Reply.Stopped(true, e.getPartialLine());
    } catch (EndOfFileException e) {
      return new Reply.Stopped(false, e.getPartialLine() == null ? "" : e.getPartialLine());
    }
  }

  @Override
  public void say(String text) {
    Layout.wrap(text, width() - 1).forEach(terminal.writer()::println);
    terminal.writer().flush();
  }

  @Override
  public void rejected(Prompt prompt, String typed, Message reason) {
    for (String line : Layout.wrap("  ! " + messages.get(reason), width() - 1)) {
      terminal.writer().println(new AttributedString(line,
          AttributedStyle.DEFAULT.foreground(AttributedStyle.RED)).toAnsi(terminal));
    }
    terminal.writer().flush();
  }

  @Override
  public boolean interactive() {
    return true;
  }

  public int width() {
    int w = terminal.getWidth();
    return w <= 0 ? 80 : w;
  }
}
