package dev.crossroads.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crossroads.Problem;
import dev.crossroads.Message;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Brings a profile tree of any older format up to the current one, one step per version, and
 * refuses a tree from a newer crossroads rather than guess at it. Steps work on the JSON tree, so
 * no old model classes need to be kept.
 */
public final class SchemaMigration {
  /** The format this build writes. */
  public static final int CURRENT = 1;

  public static final String VERSION_FIELD = "schemaVersion";

  private final int current;
  private final Map<Integer, MigrationStep> steps = new HashMap<>();

  /**
   * @param current the version the chain ends at
   * @param steps one step from each older version supported; a missing step means that version
   *     is no longer readable
   */
  public SchemaMigration(int current, List<MigrationStep> steps) {
    this.current = current;
    for (MigrationStep step : steps) {
      if (step.from() >= current || this.steps.put(step.from(), step) != null) {
        throw new IllegalArgumentException("bad migration step from version " + step.from());
      }
    }
  }

  /** The chain for this build's format. */
  public static SchemaMigration standard() {
    return new SchemaMigration(CURRENT, List.of(WeightsAsMethod.STEP));
  }

  public int current() {
    return current;
  }

  /** The version a tree declares, when it declares a whole number; the codec judges the rest. */
  public static OptionalInt declaredVersion(ObjectNode tree) {
    JsonNode field = tree.get(VERSION_FIELD);
    return field != null && field.canConvertToExactIntegral() && field.canConvertToInt()
        ? OptionalInt.of(field.asInt())
        : OptionalInt.empty();
  }

  /** A tree's format version, checked to be one this chain can read. */
  public int versionOf(ObjectNode tree, String source) {
    JsonNode field = tree.get(VERSION_FIELD);
    if (field == null) {
      throw new Problem(Problem.Kind.BAD_DATA, Message.of("profiles.noSchemaVersion", source));
    }
    if (!field.canConvertToExactIntegral() || !field.canConvertToInt()) {
      throw new Problem(
          Problem.Kind.BAD_DATA, Message.of("profiles.badSchemaVersion", source, field.toString()));
    }
    int version = field.asInt();
    if (version > current) {
      throw new Problem(
          Problem.Kind.BAD_DATA, Message.of("profiles.newerSchema", source, version, current));
    }
    if (version < current && !steps.containsKey(version)) {
      throw new Problem(
          Problem.Kind.BAD_DATA, Message.of("profiles.unsupportedSchema", source, version, current));
    }
    return version;
  }

  /** The tree in the current format (the same object when it already was). */
  public ObjectNode migrate(ObjectNode tree, String source) {
    int version = versionOf(tree, source);
    ObjectNode migrated = tree;
    for (int v = version; v < current; v++) {
      MigrationStep step = steps.get(v);
      if (step == null) {
        throw new Problem(
            Problem.Kind.BAD_DATA, Message.of("profiles.unsupportedSchema", source, version, current));
      }
      migrated = step.apply().apply(migrated);
      migrated.put(VERSION_FIELD, v + 1);
    }
    return migrated;
  }
}
