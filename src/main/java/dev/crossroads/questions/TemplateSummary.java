package dev.crossroads.questions;

import dev.crossroads.Present;

/** What a template list shows: id, title, how many criteria, and where the template came from. */
public record TemplateSummary(
    String id,
    LocalizedText title,
    int preselectedCount,
    int catalogueCount,
    TemplateSource source,
    String location) {
  public TemplateSummary {
    Present.all("id", id, "title", title, "source", source, "location", location);
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
