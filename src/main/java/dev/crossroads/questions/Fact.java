package dev.crossroads.questions;

import dev.crossroads.Present;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A rule that changes over time (a military-service route, a visa, how study is paid for), as
 * hedged text in English and Korean with the date it was last believed true. Shown to people,
 * never used in a calculation.
 */
public record Fact(
    String id,
    String region,
    List<String> topics,
    LocalDate asOf,
    Map<String, String> text,
    Map<String, String> source) {

  public Fact {
    Present.all("id", id, "region", region);
    topics = List.copyOf(topics);
    Objects.requireNonNull(asOf, "asOf");
    text = Map.copyOf(text);
    source = Map.copyOf(source);
  }

  /** The text in {@code language} ("en" or "ko"), else in English. */
  public String text(String language) {
    return text.getOrDefault(language, text.get("en"));
  }

  public String source(String language) {
    return source.getOrDefault(language, source.get("en"));
  }

  public boolean hasTopic(String topic) {
    return topics.contains(topic);
  }
}
