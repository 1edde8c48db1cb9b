package dev.crossroads.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Turns a profile tree of format {@code from} into format {@code from + 1}. A step may change the
 * tree it is given; it need not touch {@code schemaVersion}, which the chain sets after it.
 */
public record MigrationStep(int from, UnaryOperator<ObjectNode> apply) {
  public MigrationStep {
    Objects.requireNonNull(apply, "apply");
  }
}
