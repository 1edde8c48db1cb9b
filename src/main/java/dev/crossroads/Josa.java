package dev.crossroads;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Korean particles depend on how the word before them ends when read aloud: 대학원이 but
 * 회사가, Samsung이 but Naver가. Bundles write both forms, as in {@code 이(가)}, {@code 을(를)},
 * {@code 은(는)}, {@code 와(과)}, {@code (으)로} and the copula {@code (이)라}, {@code (이)에요};
 * this picks the one that fits the word that was filled in, Hangul, digits or Latin letters
 * alike, so that sentences read as if written for that word.
 */
public final class Josa {
  private static final Pattern PAIR =
      Pattern.compile("(?<=\\S)(이\\(가\\)|을\\(를\\)|은\\(는\\)|와\\(과\\)|과\\(와\\)|\\(으\\)로|이\\(여\\)|\\(이\\)(?:에요|었)?)");

  /** How a word read aloud in Korean ends: in a vowel, in ㄹ, or in another final consonant. */
  enum Coda {
    VOWEL,
    RIEUL,
    OTHER
  }

  /**
   * Latin endings whose Korean reading the last letter alone gets wrong, longest first where
   * they overlap: POSTECH 포스텍, KakaoTalk 카카오톡, Samsung 삼성, Google 구글, Line 라인.
   */
  private static final Map<String, Coda> ENDINGS =
      Map.ofEntries(
          Map.entry("tech", Coda.OTHER),
          Map.entry("talk", Coda.OTHER),
          Map.entry("ng", Coda.OTHER),
          Map.entry("ck", Coda.OTHER),
          Map.entry("le", Coda.RIEUL),
          Map.entry("me", Coda.OTHER),
          Map.entry("ne", Coda.OTHER));

  private Josa() {}

  /** The text with every particle pair resolved for the word before it. */
  public static String apply(String text) {
    if (text.indexOf('(') < 0) {
      return text;
    }
    Matcher m = PAIR.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int end = spoken(text, m.start(1) - 1);
      // A placeholder still to be filled ({option}) is resolved once it is.
      String chosen = text.charAt(end) == '}' ? m.group(1) : choose(m.group(1), coda(text, end));
      m.appendReplacement(out, Matcher.quoteReplacement(chosen));
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
      if (")]}\"'’”」』>".indexOf(text.charAt(i)) < 0 || text.charAt(i) == '}') {
        return i;
      }
    }
    return end;
  }

  private static String choose(String pair, Coda coda) {
    boolean consonant = coda != Coda.VOWEL;
    return switch (pair) {
      case "이(가)" -> consonant ? "이" : "가";
      case "을(를)" -> consonant ? "을" : "를";
      case "은(는)" -> consonant ? "은" : "는";
      case "와(과)", "과(와)" -> consonant ? "과" : "와";
      case "(으)로" -> coda == Coda.OTHER ? "으로" : "로";
      case "이(여)" -> consonant ? "이여" : "여";
      case "(이)에요" -> consonant ? "이에요" : "예요";
      case "(이)었" -> consonant ? "이었" : "였";
      default -> consonant ? "이" : "";
    };
  }

  /** How the word ending at {@code end} ends when read aloud. */
  static Coda coda(String text, int end) {
    char c = text.charAt(end);
    if (c >= 0xAC00 && c <= 0xD7A3) {
      int coda = (c - 0xAC00) % 28;
      return coda == 0 ? Coda.VOWEL : coda == 8 ? Coda.RIEUL : Coda.OTHER;
    }
    if (isLatin(c)) {
      return latin(word(text, end));
    }
    if (c >= '0' && c <= '9') {
      return digit(text.charAt(numerator(text, end)));
    }
    // %, read 퍼센트, and anything else without a reading of its own.
    return Coda.VOWEL;
  }

  /**
   * A digit by how the number ends aloud: 1 일, 7 칠, 8 팔 in ㄹ; 3 삼, 6 육 in another
   * consonant, and so does 0, whether read 영 or as the end of 십, 백, 천 or 만; 2, 4, 5, 9 in a
   * vowel.
   */
  private static Coda digit(char d) {
    if ("178".indexOf(d) >= 0) {
      return Coda.RIEUL;
    }
    return "036".indexOf(d) >= 0 ? Coda.OTHER : Coda.VOWEL;
  }

  /** A fraction is read denominator first (1/3 삼분의 일), so it ends with its numerator. */
  private static int numerator(String text, int end) {
    int start = end;
    while (start > 0 && Character.isDigit(text.charAt(start - 1))) {
      start--;
    }
    if (start >= 2 && text.charAt(start - 1) == '/' && Character.isDigit(text.charAt(start - 2))) {
      return start - 2;
    }
    return end;
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
   * How a Latin name ends when read in Korean. An acronym is read letter by letter and ends as
   * its last letter's name does (MIT 엠아이티, IBM 아이비엠, HTML 에이치티엠엘); capitals that
   * read as a word are a word (KAIST 카이스트, NAVER 네이버). A word ends as its spelling is
   * usually borrowed: by a table of endings, then by its last letter and the one before it.
   */
  static Coda latin(String word) {
    if (spelledOut(word)) {
      return letterName(Character.toLowerCase(word.charAt(word.length() - 1)));
    }
    String w = word.toLowerCase(Locale.ROOT);
    for (int length = 4; length >= 2; length--) {
      if (w.length() >= length) {
        Coda coda = ENDINGS.get(w.substring(w.length() - length));
        if (coda != null) {
          return coda;
        }
      }
    }
    char last = w.charAt(w.length() - 1);
    boolean afterVowel = afterVowel(w);
    return switch (last) {
      case 'l' -> Coda.RIEUL;
      case 'm', 'n' -> Coda.OTHER;
      // Stops after a vowel close the syllable: Facebook 페이스북, Lab 랩, Market 마켓,
      // Shop 숍; after a consonant they take a vowel: Bank 뱅크, Microsoft 마이크로소프트.
      case 'k', 'c', 'p', 'b' -> afterVowel ? Coda.OTHER : Coda.VOWEL;
      // A t after a long vowel is read 트 too: Street 스트리트, Boot 부트.
      case 't' -> afterVowel && !afterLongVowel(w) ? Coda.OTHER : Coda.VOWEL;
      default -> Coda.VOWEL;
    };
  }

  /**
   * Capitals read letter by letter: one to three of them (MIT, AWS), any without a vowel
   * (HTML), and any with three consonants or three vowels in a row, which no reader says as a
   * word (NCSOFT, UIUC).
   */
  private static boolean spelledOut(String word) {
    if (!word.equals(word.toUpperCase(Locale.ROOT))) {
      return false;
    }
    if (word.length() <= 3) {
      return true;
    }
    String w = word.toLowerCase(Locale.ROOT);
    return !w.matches(".*[aeiou].*") || w.matches(".*[^aeiou]{3}.*") || w.matches(".*[aeiou]{3}.*");
  }

  /** Letter names that end in a consonant: 엘, 알 in ㄹ; 엠, 엔 in another; the rest in vowels. */
  private static Coda letterName(char letter) {
    return switch (letter) {
      case 'l', 'r' -> Coda.RIEUL;
      case 'm', 'n' -> Coda.OTHER;
      default -> Coda.VOWEL;
    };
  }

  /** True when the last letter, or a run of it (App, Bitt), follows a vowel. */
  private static boolean afterVowel(String w) {
    int i = w.length() - 1;
    while (i > 0 && w.charAt(i - 1) == w.charAt(w.length() - 1)) {
      i--;
    }
    return i > 0 && "aeiouy".indexOf(w.charAt(i - 1)) >= 0;
  }

  private static boolean afterLongVowel(String w) {
    return w.length() >= 3 && w.substring(w.length() - 3, w.length() - 1)
        .matches("ee|oo|ea|oa|ai|ou|ui|ei");
  }
}
