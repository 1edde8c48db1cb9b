package dev.crossroads.session;

import dev.crossroads.session.question.Item;
import dev.crossroads.session.question.Lookup;
import dev.crossroads.session.question.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LookupTest {
  private static final List<Item> ITEMS = List.of(new Item("stability", "Stability of daily life"),
      new Item("team", "Stable team"), new Item("growth", "Growth and learning speed"));
  private static final Map<String, List<String>> KOREAN = Map.of(
      "stability", List.of("생활의 안정"), "team", List.of("안정적인 팀"),
      "growth", List.of("성장과 배움의 속도"));

  private static Lookup.Found<Item> find(String typed) {
    return Lookup.find(ITEMS, typed, Item::id,
        i -> java.util.stream.Stream.concat(java.util.stream.Stream.of(i.label()),
            KOREAN.get(i.id()).stream()).toList());
  }

  @Test
  void aLabelIsFoundWhateverItsCaseAndInEitherLanguage() {
    assertThat(find("growth AND learning speed").match()).contains(ITEMS.get(2));
    assertThat(find("성장과 배움의 속도").match()).contains(ITEMS.get(2));
    assertThat(find("growth").match()).contains(ITEMS.get(2));
  }

  @Test
  void theStartOfALabelFindsItWhenNoOtherStartsThatWay() {
    assertThat(find("gro").match()).contains(ITEMS.get(2));
    assertThat(find("stabi").match()).contains(ITEMS.get(0));
    assertThat(find("생활").match()).contains(ITEMS.get(0));
  }

  @Test
  void aStartSharedByTwoFindsNeitherAndNamesBoth() {
    Lookup.Found<Item> f = find("stab");

    assertThat(f.match()).isEmpty();
    assertThat(f.candidates()).containsExactly("Stability of daily life", "Stable team");
    assertThat(new Messages(Locale.ENGLISH).get(((Outcome.Invalid) f.reason("x")).reason()))
        .isEqualTo("\"stab\" could be Stability of daily life, Stable team: type more of it.");
  }

  @Test
  void quotesAskForTheWholeWordsOnly() {
    Lookup.Found<Item> f = find("\"Stab\"");

    assertThat(f.match()).isEmpty();
    assertThat(f.candidates()).isEmpty();
    assertThat(f.typed()).isEqualTo("Stab");
  }

  @Test
  void namesSeparatedByCommasBecomeTheirNumbersInTheList() {
    Lookup.Numbered n = Lookup.numbers(ITEMS, "gro, stable t", Item::id, i -> List.of(i.label()),
        "unknown");

    assertThat(n.numbers()).containsExactly(3, 2);
    assertThat(Lookup.numbers(ITEMS, "3 1", Item::id, i -> List.of(i.label()), "unknown")
        .numbers()).containsExactly(3, 1);
    assertThat(Lookup.numbers(ITEMS, "gro, nope", Item::id, i -> List.of(i.label()), "unknown")
        .refused()).isPresent();
  }

  private static final List<Item> FITS = List.of(new Item("fit", "Personal fit"),
      new Item("jd-fit", "Fit with the job postings you want"));
  private static final Map<String, List<String>> FITS_KO = Map.of(
      "fit", List.of("나와의 궁합"), "jd-fit", List.of("원하는 채용공고와의 적합도"));

  @Test
  void anIdThatStartsAnotherLabelNamesBothInEitherLanguage() {
    Lookup.Found<Item> english = Lookup.find(FITS, "fit", Item::id, i -> List.of(i.label()));
    // A Korean session: the Korean label is shown, the English one is an alias.
    Lookup.Found<Item> korean = Lookup.find(FITS, "fit", Item::id,
        i -> List.of(FITS_KO.get(i.id()).get(0), i.label()));

    assertThat(english.match()).isEmpty();
    assertThat(english.candidates())
        .containsExactly("Personal fit (fit)", "Fit with the job postings you want (jd-fit)");
    assertThat(korean.match()).isEmpty();
    assertThat(korean.candidates()).containsExactly("나와의 궁합 (fit)", "원하는 채용공고와의 적합도 (jd-fit)");
    assertThat(Lookup.find(FITS, "\"fit\"", Item::id, i -> List.of(i.label())).match())
        .contains(FITS.get(0));
    assertThat(Lookup.exact(FITS, "fit", Item::id, i -> List.of(i.label())).match())
        .contains(FITS.get(0));
  }

  @Test
  void curlyApostrophesAndRunsOfSpacesDoNotTellNamesApart() {
    List<Item> options = List.of(new Item("masters", "Master's"), new Item("job", "Start working"));

    assertThat(Lookup.find(options, "MASTER’S", Item::id, i -> List.of(i.label())).match())
        .contains(options.get(0));
    assertThat(Lookup.exact(options, "start   working", Item::id, i -> List.of(i.label()))
        .match()).contains(options.get(1));
  }

  @Test
  void equalLabelsAreAmbiguousNotFirstWins() {
    List<Item> twins = List.of(new Item("a", "Stable team"), new Item("b", "Stable team"));

    Lookup.Found<Item> f = Lookup.find(twins, "stable team", Item::id, i -> List.of(i.label()));

    assertThat(f.match()).isEmpty();
    assertThat(f.candidates()).containsExactly("Stable team (a)", "Stable team (b)");
    assertThat(Lookup.exact(twins, "Stable team", Item::id, i -> List.of(i.label())).match())
        .isEmpty();
  }
}
