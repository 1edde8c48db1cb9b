package dev.crossroads.session.question;

/** Something the person picks or ranks by number: an option or a criterion. */
public record Item(String id, String label) {}
