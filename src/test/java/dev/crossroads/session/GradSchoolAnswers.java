package dev.crossroads.session;

import dev.crossroads.session.state.Answer;
import dev.crossroads.session.state.Ids;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The grad-school session that the money tests share: the template's criteria, rated, money on. */
final class GradSchoolAnswers {
  static final List<String> OPTIONS = List.of("masters", "phd", "job", "keep-open");

  private GradSchoolAnswers() {}

  /** Template, gut ranking, every rating, the money view on and the save name; no money figures. */
  static Map<String, Answer> withMoneyView() {
    Map<String, Answer> a = new LinkedHashMap<>();
    a.put("template", Answer.text("grad-school"));
    a.put("gut", Answer.items(List.of("masters", "job", "keep-open", "phd")));
    Map<String, List<String>> ratings = Map.of(
        "growth", List.of("7", "8", "7", "5"),
        "interest", List.of("6", "7", "6", "5"),
        "jd-fit", List.of("7", "8", "6", "5"),
        "money", List.of("50", "40", "50", "30"),
        "time", List.of("2", "5", "0", "0.5"),
        "optionality", List.of("7", "5", "6", "8"));
    ratings.forEach((c, row) -> {
      for (int i = 0; i < OPTIONS.size(); i++) {
        a.put(Ids.rating(OPTIONS.get(i), c), Answer.text(row.get(i)));
      }
    });
    a.put("money.view", Answer.text("yes"));
    a.put("save.name", Answer.text("grad"));
    return a;
  }
}
