package dev.crossroads.cli;

import dev.crossroads.DisplayWidth;
import dev.crossroads.report.Wrap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.Help.TextTable;
import picocli.CommandLine.IHelpFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * picocli's help with Korean wrapped between words. picocli treats Hangul as it treats Chinese
 * and may break a line inside any word ("확실한\n지"); Korean puts spaces between words and breaks
 * only there. Text without Hangul is laid out by picocli as before, so English help is unchanged.
 */
final class WordWrappedHelp extends Help {
  /** Installs this layout for a command line and every subcommand under it. */
  static final IHelpFactory FACTORY = WordWrappedHelp::new;

  private WordWrappedHelp(CommandSpec spec, ColorScheme scheme) {
    super(spec, scheme);
  }

  @Override
  public String header(Object... params) {
    String[] lines = commandSpec().usageMessage().header();
    return hasHangul(lines) ? paragraphs(lines, params) : super.header(params);
  }

  @Override
  public String description(Object... params) {
    String[] lines = commandSpec().usageMessage().description();
    return hasHangul(lines) ? paragraphs(lines, params) : super.description(params);
  }

  /** The heading's width as shown: "사용법: " takes nine columns, not six. */
  @Override
  public int synopsisHeadingLength() {
    String[] lines = synopsisHeading().split("\\R", -1);
    return DisplayWidth.of(lines[lines.length - 1]);
  }

  @Override
  public Layout createDefaultLayout() {
    return wordWrapped(super.createDefaultLayout());
  }

  @Override
  public Layout createDefaultLayout(
      List<OptionSpec> options, List<PositionalParamSpec> positionals, ColorScheme scheme) {
    return wordWrapped(super.createDefaultLayout(options, positionals, scheme));
  }

  /** The exit codes and other key-value sections: picocli's columns, rows wrapped between words. */
  @Override
  public TextTable createTextTable(Map<?, ?> map) {
    TextTable table = new WordWrappedTable(colorScheme(), super.createTextTable(map).columns());
    map.forEach((key, value) -> table.addRowValues(String.valueOf(key), String.valueOf(value)));
    return table;
  }

  /** The commands with their headers, as picocli lists them, wrapped between words. */
  @Override
  public String commandList(Map<String, Help> subcommands) {
    if (subcommands.isEmpty()) {
      return "";
    }
    int names = subcommands.values().stream()
        .mapToInt(h -> h.commandNamesText(", ").getCJKAdjustedLength()).max().orElse(0);
    int width = commandSpec().usageMessage().width();
    TextTable table = new WordWrappedTable(colorScheme(), new Column[] {
        new Column(names + 2, 2, Column.Overflow.SPAN),
        new Column(width - (names + 2), 2, Column.Overflow.WRAP)});
    for (Help help : subcommands.values()) {
      String[] header = help.commandSpec().usageMessage().header();
      String[] description = help.commandSpec().usageMessage().description();
      String first = header.length > 0 ? header[0] : description.length > 0 ? description[0] : "";
      table.addRowValues(help.commandNamesText(", "), colorScheme().text(String.format(first)));
    }
    return table.toString();
  }

  private Layout wordWrapped(Layout layout) {
    return new Layout(colorScheme(), new WordWrappedTable(colorScheme(), layout.textTable().columns()),
        layout.optionRenderer(), layout.parameterRenderer());
  }

  private String paragraphs(String[] lines, Object... params) {
    int width = commandSpec().usageMessage().width();
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      String formatted = String.format(line, params);
      for (String paragraph : formatted.split("\\R", -1)) {
        String indent = paragraph.substring(0, paragraph.length() - paragraph.stripLeading().length());
        for (String wrapped : Wrap.keepingWords(paragraph, width, indent, indent)) {
          out.append(wrapped).append(System.lineSeparator());
        }
      }
    }
    return out.toString();
  }

  private static boolean hasHangul(String[] lines) {
    return lines != null && hasHangul(String.join(" ", lines));
  }

  static boolean hasHangul(String text) {
    return text.codePoints().anyMatch(
        c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
  }

  /**
   * A table whose wrapping columns receive Korean already broken between words, one line a row,
   * continuation lines indented as picocli indents its own.
   */
  private static final class WordWrappedTable extends TextTable {
    private final ColorScheme scheme;

    WordWrappedTable(ColorScheme scheme, Column[] columns) {
      super(scheme, columns);
      this.scheme = scheme;
    }

    @Override
    public Cell putValue(int row, int col, Text value) {
      Column column = columns()[col];
      String plain = value.plainString();
      if (column.overflow != Column.Overflow.WRAP || !hasHangul(plain)
          || DisplayWidth.of(plain) <= column.width - column.indent) {
        return super.putValue(row, col, value);
      }
      String continuation = " ".repeat(indentWrappedLines);
      List<String> lines = Wrap.keepingWords(plain, column.width - column.indent, "", continuation);
      Cell cell = null;
      for (int i = 0; i < lines.size(); i++) {
        while (row + i >= rowCount()) {
          addEmptyRow();
        }
        cell = super.putValue(row + i, col, scheme.text(lines.get(i)));
      }
      return cell;
    }
  }
}
