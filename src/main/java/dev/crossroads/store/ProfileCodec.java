package dev.crossroads.store;

import dev.crossroads.decision.Decision;

/**
 * The profile format as the store sees it: current-version JSON text to a decision and back. The
 * store handles bytes, versions and files; the codec handles the shape of one version.
 */
public interface ProfileCodec {

  /**
   * Reads current-version profile JSON.
   *
   * @param sourceName what to call the text in error messages (usually the file's path)
   * @throws dev.crossroads.Problem with {@link Problem.Kind#BAD_DATA} and a
   *     file:line:col message when the text is not a valid profile
   */
  Decision parse(String json, String sourceName);

  /** The decision as current-version profile JSON, with {@code "schemaVersion"} at the top. */
  String toJson(Decision decision);

  /**
   * Reads the whole profile, money plan included. Codecs that know no money plan (test codecs)
   * return the decision alone.
   */
  default Profile parseProfile(String json, String sourceName) {
    return Profile.of(parse(json, sourceName));
  }

  /** The whole profile as JSON, money plan included, so nothing a person wrote is dropped. */
  default String toJson(Profile profile) {
    return toJson(profile.decision());
  }

  /**
   * The whole profile as the store saves it under {@code name}, with the name in its {@code
   * "name"} field (see {@link NameField}). Codecs that know no such field (test codecs) leave it
   * out; the store then knows the profile by its file's name alone.
   */
  default String toJson(Profile profile, String name) {
    return toJson(profile);
  }

  /** The profile format itself: {@link ProfileReader} and {@link ProfileWriter}. */
  static ProfileCodec standard() {
    ProfileReader reader = new ProfileReader();
    ProfileWriter writer = new ProfileWriter();
    return new ProfileCodec() {
      @Override
      public Decision parse(String json, String sourceName) {
        return reader.parse(json, sourceName);
      }

      @Override
      public String toJson(Decision decision) {
        return writer.toJson(decision);
      }

      @Override
      public Profile parseProfile(String json, String sourceName) {
        return reader.parseProfile(json, sourceName);
      }

      @Override
      public String toJson(Profile profile) {
        return writer.toJson(profile);
      }

      @Override
      public String toJson(Profile profile, String name) {
        return writer.toJson(profile, name);
      }
    };
  }
}
