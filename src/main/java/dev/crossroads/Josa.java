package dev.crossroads;

import java.util.Locale;
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
      int end = spoken(text, m.start(2) - 1);
      m.appendReplacement(out, Matcher.quoteReplacement(choose(m.group(2), text, end)));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * The last character that is read aloud before {@code end}: "석사 (AI 연구실)" is read ending
   * in 실, so closing brackets and quotes are skipped.
   */
  private static int spoken(String text, int end) {
    for (int i = end; i >= 0; i--) {
      char c = text.charAt(i);
      if (")]}\"'’”」』>".indexOf(c) < 0) {
        return i;
      }
    }
    return end;
  }

  private static String choose(String pair, String text, int end) {
    char before = text.charAt(end);
    boolean consonant;
    boolean rieul;
    if (before >= 0xAC00 && before <= 0xD7A3) {
      int coda = (before - 0xAC00) % 28;
      consonant = coda != 0;
      rieul = coda == 8;
    } else if (isLatin(before)) {
      Coda coda = latin(word(text, end));
      consonant = coda != Coda.NONE;
      rieul = coda == Coda.RIEUL;
    } else {
      // Digits, by how they are read aloud: 1 일, 7 칠, 8 팔 end in ㄹ; 0 영, 3 삼, 6 육 in
      // other codas; the rest in a vowel.
      rieul = "178".indexOf(before) >= 0;
      consonant = rieul || "036".indexOf(before) >= 0;
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

  /** How a word read aloud in Korean ends: in a vowel, in ㄹ, or in another final consonant. */
  private enum Coda {
    NONE,
    RIEUL,
    OTHER
  }

  private static boolean isLatin(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** The run of Latin letters that ends at {@code end}. */
  private static String word(String text, int end) {
    int start = end;
    while (start > 0 && isLatin(text.charAt(start - 1))) {
      start--;
    }
    return text.substring(start, end + 1);
  }

  /**
   * How a Latin name ends when read in Korean, by its spelling: an acronym by the name of its
   * last letter (KAIST 카이스트, MIT 엠아이티, but HTML 에이치티엠엘); a word by its ending (Samsung
   * 삼성, Google 구글, Apple 애플, Meta 메타, Naver 네이버, Toss 토스). A guess, as any reader's
   * is, but right for the names people write here.
   */
  private static Coda latin(String word) {
    boolean acronym = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
    String w = word.toLowerCase(Locale.ROOT);
    char last = w.charAt(w.length() - 1);
    if (acronym || w.length() == 1) {
      // 엘, 알 end in ㄹ; 엠, 엔 in another consonant; every other letter's name in a vowel.
      return last == 'l' || last == 'r' ? Coda.RIEUL : (last == 'm' || last == 'n' ? Coda.OTHER : Coda.NONE);
    }
    if (w.endsWith("le") || last == 'l') {
      return Coda.RIEUL;
    }
    if (w.endsWith("ng") || w.endsWith("me") || w.endsWith("ne") || "mnkpbct".indexOf(last) >= 0) {
      return Coda.OTHER;
    }
    return Coda.NONE;
  }
}
