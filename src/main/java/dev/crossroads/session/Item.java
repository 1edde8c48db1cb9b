package dev.crossroads.session;

/** Something the person picks or ranks by number: an option or a criterion. */
record Item(String id, String label) {}
