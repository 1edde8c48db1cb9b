package dev.crossroads.session.ask;

import dev.crossroads.AsciiText;
import dev.crossroads.Message;
import dev.crossroads.TerminalText;
import dev.crossroads.Messages;
import dev.crossroads.TerminalCapabilities;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jline.keymap.KeyMap;
import org.jline.reader.Candidate;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.utils.Signals;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * Asks a person at a terminal through one JLine reader kept for the whole session: line editing,
 * history, Tab completion of the question's choices, the default shown in brackets, Esc for back.
 * How it lays out lines and its prompt ({@link #lines}, {@link #label}) is also how the session's
 * first screen is printed before the terminal is open ({@link EarlyAsker}).
 */
public final class TerminalAsker implements Asker {
  private static final String BACK_WIDGET = "crossroads-back";
  private static final long ESC_WAIT_MS = 150;
  private static final String ARROW = " › ";
  private final Terminal terminal;
  private final LineReader reader;
  private final Messages messages;
  private final TerminalCapabilities look;
  private final List<String> words = new ArrayList<>();
  private boolean escaped;

  /** An asker that styles its prompt, as on any terminal that allows it. */
  public TerminalAsker(Terminal terminal, Messages messages) {
    this(terminal, messages, new TerminalCapabilities(true, true, false, OptionalInt.empty()));
  }

  /** An asker styling and drawing as {@code look} allows (NO_COLOR, --no-color, --ascii). */
  public TerminalAsker(Terminal terminal, Messages messages, TerminalCapabilities look) {
    this.terminal = terminal;
    this.messages = messages;
    this.look = look;
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
      lines(line, width(), look).forEach(w::println);
    }
    w.flush();
    words.clear();
    words.addAll(prompt.completions());
    String styled = label(prompt, look);
    escaped = false;
    Optional<Object> jvmsCtrlC = ctrlCToTheReader();
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
    } finally {
      jvmsCtrlC.ifPresent(handler -> Signals.unregister("INT", handler));
    }
  }

  /**
   * On a dumb terminal (TERM=dumb, which screen readers and editors' shells set) JLine leaves
   * Ctrl-C to the JVM, which would end at once without a word, the draft unsaid. While a line is
   * read, the signal goes to the terminal instead, and so to the line reader, as on any other
   * terminal: the session stops, keeps its draft and says how to resume. Between questions it is
   * the JVM's again, so Ctrl-C still ends the run there (exit 130), as it does elsewhere. Returns
   * the JVM's handler, to put back, when there was one to replace.
   */
  private Optional<Object> ctrlCToTheReader() {
    if (!(terminal instanceof DumbTerminal)) {
      return Optional.empty();
    }
    return Optional.ofNullable(Signals.register("INT", () -> terminal.raise(Terminal.Signal.INT)));
  }

  @Override
  public void say(String text) {
    lines(text, width(), look).forEach(terminal.writer()::println);
    terminal.writer().flush();
  }

  @Override
  public void rejected(Prompt prompt, String typed, Message reason) {
    for (String line : lines("  ! " + messages.get(reason), width(), look)) {
      terminal.writer().println(look.color()
          ? new AttributedString(line, AttributedStyle.DEFAULT.foreground(AttributedStyle.RED))
              .toAnsi()
          : line);
    }
    terminal.writer().flush();
  }

  /**
   * {@code text} as lines on a terminal {@code width} columns wide: wrapped one column short of
   * the edge (a line that fills it would wrap on some terminals). Under {@code --ascii} it stays
   * one line, which the terminal wraps: a screen reader or a braille display then gets each
   * question, hint or list item whole, as one line.
   */
  static List<String> lines(String text, int width, TerminalCapabilities look) {
    return Layout.wrap(text, look.ascii() ? 0 : width - 1);
  }

  /** The prompt's own line, before the cursor, bold where styling is allowed. */
  static String label(Prompt prompt, TerminalCapabilities look) {
    return styled(promptLine(prompt, look.ascii()), look);
  }

  /**
   * The prompt's own line as text: the label, the default in brackets, an arrow ({@code >} in
   * {@code ascii}).
   */
  static String promptLine(Prompt prompt, boolean ascii) {
    return TerminalText.line(prompt.label()
        + prompt.defaultText().filter(d -> !d.isEmpty()).map(d -> " [" + (prompt.defaultNote().isEmpty() ? "" : prompt.defaultNote() + ": ") + d + "]").orElse("")
        + (ascii ? AsciiText.of(ARROW) : ARROW));
  }

  static String styled(String promptLine, TerminalCapabilities look) {
    return look.color() ? new AttributedString(promptLine, AttributedStyle.BOLD).toAnsi()
        : promptLine;
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
