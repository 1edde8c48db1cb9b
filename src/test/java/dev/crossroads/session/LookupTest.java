package dev.crossroads.session;

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
}
