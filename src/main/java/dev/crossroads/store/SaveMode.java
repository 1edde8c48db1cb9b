package dev.crossroads.store;

/** What saving does when a profile of that name exists already. */
public enum SaveMode {
  /** Refuse: the name is taken. */
  CREATE,
  /** Replace it, keeping the old version as a backup. */
  REPLACE
}
