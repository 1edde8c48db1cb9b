package dev.crossroads.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossroads.Messages;
import dev.crossroads.session.SessionArgs;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * The session's words are read by hand on the fast path (picocli's model costs the first
 * prompt more than it can afford) and by picocli everywhere else: both must read every command
 * line the same way, and refuse the same ones.
 */
class SessionArgsParityTest {

  static List<Arguments> commandLines() {
    return words(
        new String[] {"new"},
        new String[] {"new", "--lang", "ko-KR"},
        new String[] {"new", "--lang=ko_KR.UTF-8", "--no-input"},
        new String[] {"--lang", "en-US", "new", "--template", "grad-school"},
        new String[] {"new", "--template=blank", "--home", "/tmp/h", "--answers", "a.yaml"},
        new String[] {"new", "--save-answers", "out.yaml", "--no-input"},
        new String[] {"resume"},
        new String[] {"resume", "20261125-120000"},
        new String[] {"resume", "--lang", "ko", "20261125-120000-2", "--home", "/h"},
        new String[] {"edit", "grad"},
        new String[] {"edit", "grad", "--review", "--lang", "ko"},
        new String[] {"edit", "취업-고민", "--no-input", "--answers", "a.yaml"},
        new String[] {"new", "--ascii", "--no-color"},
        new String[] {"resume", "--no-color", "20261125-120000"},
        new String[] {"edit", "grad", "--ascii"});
  }

  static List<Arguments> refused() {
    return words(
        new String[] {"new", "--lang", "fr"},
        new String[] {"new", "--bogus"},
        new String[] {"new", "--template"},
        new String[] {"edit"},
        new String[] {"new", "--review"},
        new String[] {"new", "--ascii=false"},
        new String[] {"new", "--no-input=true"},
        new String[] {"edit", "grad", "--review=true"});
  }

  private static List<Arguments> words(String[]... lines) {
    return java.util.Arrays.stream(lines).map(l -> Arguments.of((Object) l)).toList();
  }

  private static CommandLine.ParseResult picocli(String... args) {
    StringWriter sink = new StringWriter();
    AppContext context = new AppContext(new ByteArrayInputStream(new byte[0]),
        new PrintWriter(sink), new PrintWriter(sink), Map.of(), Clock.systemUTC(),
        new Messages(Locale.ENGLISH), false, false);
    return CommandLines.create(context).parseArgs(args);
  }

  private static SessionArgs picked(CommandLine.ParseResult result) {
    CommandLine.ParseResult leaf = result;
    while (leaf.hasSubcommand()) {
      leaf = leaf.subcommand();
    }
    return ((SessionCommand) leaf.commandSpec().userObject()).sessionArgs();
  }

  @ParameterizedTest
  @MethodSource("commandLines")
  void byHandAndByPicocliTheSameWordsMeanTheSameSession(String[] args) {
    // Words the fast path does not take (an option before the command) go to picocli itself.
    SessionArgs run = SessionArgs.handles(args) ? SessionArgs.parse(args) : picked(picocli(args));
    assertThat(run).isEqualTo(picked(picocli(args)));
    if (!args[0].startsWith("--")) {
      assertThat(SessionArgs.handles(args)).as("takes the fast path").isTrue();
    }
  }

  @ParameterizedTest
  @MethodSource("refused")
  void byHandAndByPicocliTheSameWordsAreRefused(String[] args) {
    assertThat(SessionArgs.handles(args)).isFalse();
    assertThatThrownBy(() -> picocli(args)).isInstanceOf(CommandLine.ParameterException.class);
  }
}
