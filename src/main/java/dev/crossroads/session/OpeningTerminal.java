package dev.crossroads.session;

import dev.crossroads.Problem;
import dev.crossroads.Message;
import dev.crossroads.Messages;
import dev.crossroads.TerminalCapabilities;
import dev.crossroads.session.ask.TerminalAsker;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.jline.terminal.Terminal;

/**
 * The session's terminal and line reader, made on a thread of their own while the session gets
 * ready for its first question. JLine takes longer to read the terminal's capabilities and
 * build its reader than the session takes to start, so the first screen is printed meanwhile
 * ({@link dev.crossroads.session.ask.EarlyAsker}) and the reader is waited for only when the
 * first answer is.
 *
 * <p>Until the reader runs the terminal's settings are untouched, so Ctrl-C in that window ends
 * the process as it ends any other (exit 130) and leaves the terminal as it was.
 */
final class OpeningTerminal implements AutoCloseable {
  private final CompletableFuture<Terminal> terminal = new CompletableFuture<>();
  private final CompletableFuture<TerminalAsker> asker;
  private final Messages messages;
  private final TerminalCapabilities look;
  private boolean closed;

  private OpeningTerminal(Messages messages, TerminalCapabilities look) {
    this.messages = messages;
    this.look = look;
    this.asker = terminal.thenApply(t -> new TerminalAsker(t, messages, look));
  }

  /** Starts opening {@code source}'s terminal, with a reader that speaks {@code messages}. */
  static OpeningTerminal start(TerminalSource source, Map<String, String> env, Messages messages,
      TerminalCapabilities look) {
    OpeningTerminal opening = new OpeningTerminal(messages, look);
    Thread thread = new Thread(() -> {
      try {
        opening.terminal.complete(source.open(env));
      } catch (Throwable e) {
        opening.terminal.completeExceptionally(e);
      }
    }, "crossroads-terminal");
    // Never keeps the process alive: a run that ends early (a bad option, Ctrl-C) just ends.
    thread.setDaemon(true);
    thread.start();
    return opening;
  }

  /** The reader, once the terminal is open; in {@code speaking}'s language. */
  TerminalAsker asker(Messages speaking) {
    TerminalAsker made = await(asker);
    return speaking.locale().equals(messages.locale())
        ? made : new TerminalAsker(await(terminal), speaking, look);
  }

  private static <T> T await(CompletableFuture<T> future) {
    try {
      return future.get();
    } catch (ExecutionException e) {
      throw cannotOpen(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw cannotOpen(e);
    }
  }

  private static Problem cannotOpen(Throwable why) {
    return new Problem(Problem.Kind.IO,
        Message.of("cli.internalError", String.valueOf(why.getMessage())), why);
  }

  /**
   * Gives the terminal back as it was found. One still being opened is given back as soon as it
   * is open, without waiting for it.
   */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      terminal.thenAccept(SessionTerminal::closeQuietly);
    }
  }
}
