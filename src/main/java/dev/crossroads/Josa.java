package dev.crossroads;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Korean particles depend on whether the word before them ends in a consonant: 학교가 but
 * 대학원이. Bundles write both forms, as in {@code 이(가)}; this picks the right one for the word
 * that was filled in, so sentences read naturally instead of like a form letter.
 */
final class Josa {
  private static final Pattern PAIR =
      Pattern.compile("(?<=(\\S))(이\\(가\\)|을\\(를\\)|은\\(는\\)|와\\(과\\)|과\\(와\\)|\\(으\\)로|이\\(여\\)|\\(이\\)라)");

  private Josa() {}

  static String apply(String text) {
    if (text.indexOf('(') < 0) {
      return text;
    }
    Matcher m = PAIR.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      char before = spoken(text, m.start(2) - 1);
      m.appendReplacement(out, Matcher.quoteReplacement(choose(m.group(2), before)));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * The last character that is read aloud before {@code end}: "석사 (AI 연구실)" is read ending
   * in 실, so closing brackets and quotes are skipped.
   */
  private static char spoken(String text, int end) {
    for (int i = end; i >= 0; i--) {
      char c = text.charAt(i);
      if (")]}\"'’”」』>".indexOf(c) < 0) {
        return c;
      }
    }
    return text.charAt(end);
  }

  private static String choose(String pair, char before) {
    boolean consonant;
    boolean rieul;
    if (before >= 0xAC00 && before <= 0xD7A3) {
      int coda = (before - 0xAC00) % 28;
      consonant = coda != 0;
      rieul = coda == 8;
    } else {
      // Latin letters and digits: a rough guess by how they are read aloud in Korean
      // (1 일, 7 칠, 8 팔 and a final l end in ㄹ; 0 영, 3 삼, 6 육, m, n, k, p, t in other codas).
      char lower = Character.toLowerCase(before);
      rieul = "178l".indexOf(lower) >= 0;
      consonant = rieul || "036mnkpt".indexOf(lower) >= 0;
    }
    return switch (pair) {
      case "이(가)" -> consonant ? "이" : "가";
      case "을(를)" -> consonant ? "을" : "를";
      case "은(는)" -> consonant ? "은" : "는";
      case "와(과)", "과(와)" -> consonant ? "과" : "와";
      case "(으)로" -> consonant && !rieul ? "으로" : "로";
      case "이(여)" -> consonant ? "이여" : "여";
      case "(이)라" -> consonant ? "이라" : "라";
      default -> pair;
    };
  }
}
