package dev.crossroads.questions;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.crossroads.ExitCode;
import dev.crossroads.Failure;
import dev.crossroads.Message;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** Reads template YAML into a tree and hands it to the validator; one per bank. */
final class TemplateReader {
  private final YAMLMapper mapper;

  TemplateReader() {
    YAMLFactory factory = YAMLFactory.builder().build();
    // A key given twice is almost always a copy-paste slip; the later one would win silently.
    factory.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    this.mapper = new YAMLMapper(factory);
  }

  Template read(InputStream in, String location, Optional<String> expectedId) {
    return new TemplateValidator(location).validate(tree(in, location), expectedId);
  }

  private JsonNode tree(InputStream in, String location) {
    try (in) {
      return mapper.readTree(in);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String reason = e.getOriginalMessage().lines().findFirst().orElse("");
      return failUnreadable(location, at == null ? 0 : at.getLineNr(), reason);
    } catch (IOException e) {
      throw new Failure(ExitCode.IO, Message.of("questions.cannotRead", location, e.getMessage()), e);
    }
  }

  private static JsonNode failUnreadable(String location, int line, String reason) {
    throw new Failure(ExitCode.DATA, Message.of("questions.unreadable", location, line, reason));
  }
}
