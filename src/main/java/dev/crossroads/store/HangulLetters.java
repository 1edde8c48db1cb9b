package dev.crossroads.store;

/**
 * Hangul syllables in Latin letters, for readable file names: each syllable letter by letter,
 * after the Revised Romanization's tables ({@code 대학원} is {@code daehakwon}). The sound changes
 * between syllables are left out: the result is a hint for someone looking at the folder, not a
 * spelling, and the file's own name is inside it.
 */
final class HangulLetters {
  private static final int FIRST = 0xAC00;
  private static final int LAST = 0xD7A3;
  private static final int MEDIALS = 21;
  private static final int FINALS = 28;

  private static final String[] INITIAL = {
    "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p",
    "h"
  };
  private static final String[] MEDIAL = {
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we",
    "wi", "yu", "eu", "ui", "i"
  };
  private static final String[] FINAL = {
    "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p",
    "t", "t", "ng", "t", "t", "k", "t", "p", "t"
  };

  private HangulLetters() {}

  static boolean isSyllable(int codePoint) {
    return codePoint >= FIRST && codePoint <= LAST;
  }

  /** The syllable in lower-case Latin letters; {@code codePoint} must be a Hangul syllable. */
  static String romanize(int codePoint) {
    if (!isSyllable(codePoint)) {
      throw new IllegalArgumentException("not a Hangul syllable: U+" + Integer.toHexString(codePoint));
    }
    int index = codePoint - FIRST;
    int initial = index / (MEDIALS * FINALS);
    int medial = (index % (MEDIALS * FINALS)) / FINALS;
    int last = index % FINALS;
    return INITIAL[initial] + MEDIAL[medial] + FINAL[last];
  }
}
