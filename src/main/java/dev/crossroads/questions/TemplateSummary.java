package dev.crossroads.questions;

import java.util.Objects;

/** What a template list shows: id, title, how many criteria, and where the template came from. */
public record TemplateSummary(
    String id,
    LocalizedText title,
    int preselectedCount,
    int catalogueCount,
    TemplateSource source,
    String location) {
  public TemplateSummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(location, "location");
  }

  static TemplateSummary of(Template template, TemplateEntry entry) {
    return new TemplateSummary(
        template.id(),
        template.title(),
        template.preselected().size(),
        template.criteria().size(),
        entry.source(),
        entry.location());
  }
}
