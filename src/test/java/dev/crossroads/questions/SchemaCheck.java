package dev.crossroads.questions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** questions/schema.json, checked with an independent JSON Schema validator. */
final class SchemaCheck {
  private final Schema schema;
  private final YAMLMapper yaml = new YAMLMapper();

  SchemaCheck() {
    try (InputStream in = resource("questions/schema.json")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      schema =
          SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
              .getSchema(text, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The schema's complaints about a YAML document; empty when it is valid. */
  List<String> errors(String yamlText) {
    try {
      return errors(yaml.readTree(yamlText));
    } catch (IOException e) {
      return List.of("not YAML: " + e.getMessage());
    }
  }

  List<String> errors(JsonNode document) {
    return schema.validate(document).stream().map(Error::toString).toList();
  }

  static InputStream resource(String path) {
    InputStream in = SchemaCheck.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("missing resource " + path);
    }
    return in;
  }

  static String text(String path) {
    try (InputStream in = resource(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
