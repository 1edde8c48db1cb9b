package dev.crossroads.journal;

import dev.crossroads.decision.Decision;
import dev.crossroads.decision.Hindsight;
import dev.crossroads.decision.JournalEntry;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the journals say together: over every decision looked back at, how often the person's gut
 * and the model put the same option first, which of the two the person followed, and how the
 * model's chances looked in hindsight. Each decision counts once, by its latest look back, and
 * only with what that look back holds: a decision without a gut ranking is not counted as a
 * disagreement, and one whose choice was not said is not counted as following anyone.
 *
 * @param reviewed decisions with a look back that says something
 * @param compared of those, the ones whose look back knows both the gut's and the model's first
 * @param agreed of those, the ones where the two were the same option
 * @param agreedAndChosen where they agreed, the choice was that option
 * @param agreedAndChoiceKnown where they agreed, the choice was said
 * @param followedGut where they differed, the gut's first was chosen
 * @param followedModel where they differed, the model's first was chosen
 * @param followedNeither where they differed, something else was chosen
 * @param hindsight how many latest look backs judged the chance too sure, about right, not sure
 *     enough
 */
public record Hindsights(
    int reviewed,
    int compared,
    int agreed,
    int agreedAndChosen,
    int agreedAndChoiceKnown,
    int followedGut,
    int followedModel,
    int followedNeither,
    Map<Hindsight, Integer> hindsight) {

  public Hindsights {
    Map<Hindsight, Integer> counts = new EnumMap<>(Hindsight.class);
    for (Hindsight h : Hindsight.values()) {
      counts.put(h, hindsight.getOrDefault(h, 0));
    }
    hindsight = Map.copyOf(counts);
  }

  /** Where gut and model differed and the person said what they chose. */
  public int differedAndChoiceKnown() {
    return followedGut + followedModel + followedNeither;
  }

  /** How many latest look backs judged the chance at all. */
  public int judged() {
    return hindsight.values().stream().mapToInt(Integer::intValue).sum();
  }

  public static Hindsights of(Collection<Decision> decisions) {
    int reviewed = 0;
    int compared = 0;
    int agreed = 0;
    int agreedAndChosen = 0;
    int agreedAndKnown = 0;
    int gut = 0;
    int model = 0;
    int neither = 0;
    Map<Hindsight, Integer> judged = new EnumMap<>(Hindsight.class);
    for (Decision decision : decisions) {
      Optional<JournalEntry> found = latest(decision);
      if (found.isEmpty()) {
        continue;
      }
      JournalEntry e = found.get();
      reviewed++;
      e.hindsight().ifPresent(h -> judged.merge(h, 1, Integer::sum));
      if (e.gutFirst().isEmpty() || e.modelFirst().isEmpty()) {
        continue;
      }
      compared++;
      String g = e.gutFirst().get().strip();
      String m = e.modelFirst().get().strip();
      Optional<String> chose = e.chose().map(String::strip);
      if (g.equals(m)) {
        agreed++;
        if (chose.isPresent()) {
          agreedAndKnown++;
          agreedAndChosen += chose.get().equals(g) ? 1 : 0;
        }
      } else if (chose.isPresent()) {
        if (chose.get().equals(g)) {
          gut++;
        } else if (chose.get().equals(m)) {
          model++;
        } else {
          neither++;
        }
      }
    }
    return new Hindsights(reviewed, compared, agreed, agreedAndChosen, agreedAndKnown, gut, model,
        neither, judged);
  }

  /** The latest look back that says something: by date, the later written on the same day. */
  static Optional<JournalEntry> latest(Decision decision) {
    return decision.meta().journal().stream()
        .filter(e -> !e.saysNothing())
        .reduce((a, b) -> b.date().isBefore(a.date()) ? a : b);
  }

}
