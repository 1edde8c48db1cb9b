package dev.crossroads.session.question;

import dev.crossroads.session.state.Section;

/** A question about one criterion: its id ends in the criterion's id, and its title names it. */
abstract class CriterionQuestion extends KeyedQuestion {
  final CriterionInfo criterion;

  CriterionQuestion(String idPrefix, Section section, String key, CriterionInfo criterion) {
    super(idPrefix + criterion.id(), section, key);
    this.criterion = criterion;
  }

  /** {@code key.title}, naming the criterion. */
  @Override
  public String title(Context ctx) {
    return text(ctx, "title", criterion.label());
  }
}
