package dev.crossroads.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.text.Bundles.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every English text has its Korean twin, and the Korean one says as much. */
class BundleParityTest {
  /** An argument, except a count that English needs only for its plural ({1,choice,...}). */
  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d++)(?!,choice)");
  /** Keys whose Korean leaves an argument out on purpose: 원 and 만 원 name their currency. */
  private static final Set<String> UNIT_OWN_CURRENCY = Set.of(
      "money/messages.properties money.report.unit.won",
      "money/messages.properties money.report.unit.man",
      "money/messages.properties money.report.unit.eok");

  @Test
  void everyBundleHasAKoreanTwinWithTheSameKeys() throws IOException {
    List<Path> english = Bundles.english();
    assertThat(english).hasSizeGreaterThanOrEqualTo(19);
    for (Path file : english) {
      assertThat(Bundles.korean(file)).as("Korean twin of %s", file).exists();
      assertThat(Bundles.load(Bundles.korean(file)).keySet()).as("keys of %s", file)
          .isEqualTo(Bundles.load(file).keySet());
    }
    try (Stream<Path> files = Files.walk(Bundles.RESOURCES)) {
      for (Path ko : files.filter(p -> p.toString().endsWith("_ko.properties")).toList()) {
        Path en = ko.resolveSibling(ko.getFileName().toString().replace("_ko", ""));
        assertThat(en).as("English twin of %s", ko).exists();
      }
    }
  }

  @Test
  void everyKoreanMessageFormatsAndKeepsTheArgumentsOfTheEnglish() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Text text : Bundles.messages()) {
      if (text.where().contains("help.properties") || text.korean() == null) {
        continue; // picocli's help uses String.format, not MessageFormat
      }
      try {
        new MessageFormat(text.korean().replace("'", "''"));
      } catch (IllegalArgumentException e) {
        problems.add(text.where() + ": " + e.getMessage());
      }
      if (!UNIT_OWN_CURRENCY.contains(text.where())
          && !arguments(text.korean()).containsAll(arguments(text.english()))) {
        problems.add(text.where() + " loses an argument: " + text.english() + " / " + text.korean());
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyTextOfTheQuestionBankIsInBothLanguagesWithTheSamePlaceholders() throws IOException {
    List<Text> texts = Bundles.questionBank();
    assertThat(texts).hasSizeGreaterThan(500);
    for (Text text : texts) {
      assertThat(text.english()).as(text.where()).isNotBlank();
      assertThat(text.korean()).as(text.where()).isNotBlank();
      assertThat(text.korean().contains("{option}")).as(text.where())
          .isEqualTo(text.english().contains("{option}"));
    }
  }

  private static Set<String> arguments(String pattern) {
    Set<String> out = new TreeSet<>();
    Matcher m = ARGUMENT.matcher(pattern);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
