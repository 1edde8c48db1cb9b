package dev.crossroads.session;

import dev.crossroads.session.state.Answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The answers of one whole grad-school session with {@link TestCatalogue}, typed or as a file. */
final class Script {
  private Script() {}

  /** Question id and the line typed for it, in the order asked. */
  static List<String[]> steps() {
    List<String[]> s = new ArrayList<>();
    s.add(new String[] {"template", "1"});
    s.add(new String[] {"decision.title", ""});
    s.add(new String[] {"decision.deadline", "2027-03-01"});
    s.add(new String[] {"options", ""});
    s.add(new String[] {"gut", "2 1 3"});
    s.add(new String[] {"criteria", ""});
    s.add(new String[] {"dealbreakers", ""});
    s.add(new String[] {"weights.method", ""});
    s.add(new String[] {"weights.points.growth", "50"});
    s.add(new String[] {"weights.points.interest", "30"});
    s.add(new String[] {"weights.points.time", ""});
    s.add(new String[] {"rating.masters.growth", "8"});
    s.add(new String[] {"rating.job.growth", "6-8"});
    s.add(new String[] {"rating.keep-open.growth", "5"});
    s.add(new String[] {"rating.masters.interest", "6"});
    s.add(new String[] {"rating.job.interest", "8"});
    s.add(new String[] {"rating.keep-open.interest", "5"});
    s.add(new String[] {"rating.masters.time", "8"});
    s.add(new String[] {"rating.job.time", "1"});
    s.add(new String[] {"rating.keep-open.time", "4"});
    s.add(new String[] {"reflect.premortem", "I lost interest in research"});
    s.add(new String[] {"reflect.review-date", ""});
    s.add(new String[] {"review", ""});
    s.add(new String[] {"plan.a", ""});
    s.add(new String[] {"save.name", ""});
    return s;
  }

  static String keys() {
    return Harness.lines(steps().stream().map(x -> x[1]).toArray(String[]::new));
  }

  /** The keys typed from question {@code fromId} (inclusive) on. */
  static String keysFrom(String fromId) {
    List<String> out = new ArrayList<>();
    boolean on = false;
    for (String[] x : steps()) {
      on |= x[0].equals(fromId);
      if (on) {
        out.add(x[1]);
      }
    }
    return Harness.lines(out.toArray(String[]::new));
  }

  /** The keys typed before question {@code id}. */
  static String keysBefore(String id) {
    List<String> out = new ArrayList<>();
    for (String[] x : steps()) {
      if (x[0].equals(id)) {
        break;
      }
      out.add(x[1]);
    }
    return Harness.lines(out.toArray(String[]::new));
  }

  /** The keys typed from question {@code fromId} (inclusive) to {@code toId} (exclusive). */
  static String keysBetween(String fromId, String toId) {
    List<String> out = new ArrayList<>();
    boolean on = false;
    for (String[] x : steps()) {
      on = (on || x[0].equals(fromId)) && !x[0].equals(toId);
      if (on) {
        out.add(x[1]);
      }
    }
    return Harness.lines(out.toArray(String[]::new));
  }

  /** The same session as an answers file: only the answers that differ from the defaults. */
  static Map<String, Answer> file() {
    Map<String, Answer> m = new LinkedHashMap<>();
    m.put("template", Answer.text("grad"));
    m.put("decision.deadline", Answer.text("2027-03-01"));
    m.put("gut", Answer.items(List.of("job", "masters", "keep-open")));
    m.put("weights.points.growth", Answer.text("50"));
    m.put("weights.points.interest", Answer.text("30"));
    for (String[] x : steps()) {
      if (x[0].startsWith("rating.")) {
        m.put(x[0], Answer.text(x[1]));
      }
    }
    m.put("reflect.premortem", Answer.text("I lost interest in research"));
    return m;
  }
}
