package dev.crossroads.report;

import dev.crossroads.AsciiText;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * How text output may look on this terminal: its width, whether colour is allowed (off under
 * NO_COLOR and when output is not a terminal) and whether to avoid box-drawing and block
 * characters, which are ambiguous-width on many CJK terminals. It is also the one place that
 * styles text: every renderer asks it for bold, faint or coloured text and gets the text as it is
 * when colour is off, so no renderer decides for itself whether a terminal sees a style.
 */
public record TextStyle(int width, boolean color, boolean ascii) {
  public static final int MIN_WIDTH = 40;
  public static final int MAX_WIDTH = 120;

  /** The styles this adds, as the terminal receives them (select graphic rendition). */
  private static final Pattern STYLES = Pattern.compile("\u001b\\[[0-9;]*m");

  /** The terminal's eight standard colours, in the order of their codes. */
  public enum Colour {
    BLACK,
    RED,
    GREEN,
    YELLOW,
    BLUE,
    MAGENTA,
    CYAN,
    WHITE
  }

  public TextStyle {
    width = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, width));
  }

  public static TextStyle plain(int width) {
    return new TextStyle(width, false, false);
  }

  /** {@code text} in bold. */
  public String bold(String text) {
    return styled(text, AttributedStyle.BOLD);
  }

  /** {@code text} faint, for what frames the content: table headers, legends. */
  public String dim(String text) {
    return styled(text, AttributedStyle.DEFAULT.faint());
  }

  /** {@code text} in {@code colour}. */
  public String colour(String text, Colour colour) {
    return styled(text, foreground(colour));
  }

  /**
   * {@code text} with each character in the colour {@code colourOf} gives it, or as it is where it
   * gives none; neighbours of one colour share one style sequence.
   */
  public String colourEach(String text, IntFunction<Optional<Colour>> colourOf) {
    if (!color) {
      return text;
    }
    AttributedStringBuilder out = new AttributedStringBuilder();
    for (int c : text.codePoints().toArray()) {
      out.style(colourOf.apply(c).map(TextStyle::foreground).orElse(AttributedStyle.DEFAULT));
      out.append(Character.toString(c));
    }
    out.style(AttributedStyle.DEFAULT);
    return out.toAnsi();
  }

  /** {@code styled} without the styles: the text a terminal shows, to be measured. */
  public static String unstyled(String styled) {
    return STYLES.matcher(styled).replaceAll("");
  }

  /**
   * The rule under a title {@code titleWidth} columns wide: as wide as the title, at least 20
   * columns and at most the width, drawn with "=" where box-drawing characters are avoided.
   */
  public String titleRule(int titleWidth) {
    return (ascii ? "=" : "─").repeat(Math.min(width, Math.max(20, titleWidth)));
  }

  public String fullBlock() {
    return drawn("█");
  }

  /**
   * {@code lines}, drawn with box-drawing or block characters, as this terminal shows them: in
   * the ASCII that draws the same lines under {@code --ascii} ({@link AsciiText}).
   */
  public String drawn(String lines) {
    return ascii ? AsciiText.of(lines) : lines;
  }

  private String styled(String text, AttributedStyle style) {
    return color ? new AttributedString(text, style).toAnsi() : text;
  }

  private static AttributedStyle foreground(Colour colour) {
    return AttributedStyle.DEFAULT.foreground(colour.ordinal());
  }
}
