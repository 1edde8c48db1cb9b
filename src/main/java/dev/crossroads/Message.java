package dev.crossroads;

import java.util.List;

/**
 * Something to tell the person, as a message-bundle key and its arguments. The key's first
 * segment names the package whose bundle holds it ({@code store.duplicateId} lives in
 * {@code dev/crossroads/store/messages.properties}). An argument may itself be a Message.
 */
public record Message(String key, List<Object> args) {
  public Message {
    args = List.copyOf(args);
  }

  public static Message of(String key, Object... args) {
    return new Message(key, List.of(args));
  }
}
