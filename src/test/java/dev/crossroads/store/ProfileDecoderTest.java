package dev.crossroads.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossroads.ExitCode;
import dev.crossroads.Failure;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.WeightInput;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfileDecoderTest {
  private final ProfileDecoder decoder = new ProfileDecoder(new TestCodec(), SchemaMigration.standard());

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aCurrentProfileReachesTheCodecAsTheFilesOwnTextSoPositionsMatch() {
    List<String> seen = new ArrayList<>();
    TestCodec codec = new TestCodec();
    ProfileDecoder recording =
        new ProfileDecoder(
            new ProfileCodec() {
              @Override
              public Decision parse(String json, String sourceName) {
                seen.add(json);
                seen.add(sourceName);
                return codec.parse(json, sourceName);
              }

              @Override
              public String toJson(Decision decision) {
                return codec.toJson(decision);
              }
            },
            SchemaMigration.standard());
    String text = codec.toJson(TestCodec.decision("Grad school or job"));
    recording.decode(utf8(text), "/p/job.json");
    assertThat(seen).containsExactly(text, "/p/job.json");
  }

  @Test
  void aVersionZeroProfileIsMigratedBeforeTheCodecSeesIt() {
    String v0 =
        "{\"schemaVersion\": 0, \"title\": \"옛 결정\", \"weights\": {\"growth\": 40, \"pay\": 60}}";
    Decision decision = decoder.decode(utf8(v0), "old.json");
    assertThat(decision.title()).isEqualTo("옛 결정");
    assertThat(decision.weights())
        .isEqualTo(new WeightInput.Points(Map.of("growth", 40.0, "pay", 60.0)));
  }

  @Test
  void brokenJsonIsReportedWithLineAndColumn() {
    assertThatThrownBy(() -> decoder.decode(utf8("{\n  \"schemaVersion\": 1,\n  \"title\": \n}"), "p.json"))
        .isInstanceOfSatisfying(
            Failure.class,
            f -> {
              assertThat(f.exitCode()).isEqualTo(ExitCode.DATA);
              assertThat(f.userMessage().key()).isEqualTo("profiles.invalidJson");
              assertThat(f.userMessage().args().subList(0, 3)).containsExactly("p.json", "4", "1");
            });
  }

  @Test
  void invalidUtf8EmptyFilesAndNonObjectsAreRefusedAsDataErrors() {
    byte[][] inputs = {{(byte) 0xC3, (byte) 0x28}, {}, utf8("   "), utf8("[1,2]"), utf8("{} {}")};
    String[] keys = {
      "profiles.notUtf8", "profiles.emptyFile", "profiles.emptyFile", "profiles.notAnObject",
      "profiles.invalidJson"
    };
    for (int i = 0; i < inputs.length; i++) {
      String expected = keys[i];
      byte[] input = inputs[i];
      assertThatThrownBy(() -> decoder.decode(input, "p.json"))
          .as(expected)
          .isInstanceOfSatisfying(
              Failure.class,
              f -> {
                assertThat(f.exitCode()).isEqualTo(ExitCode.DATA);
                assertThat(f.userMessage().key()).isEqualTo(expected);
              });
    }
  }

  @Test
  void aByteOrderMarkIsTolerated() {
    String text = "\uFEFF" + new TestCodec().toJson(TestCodec.decision("bom"));
    assertThat(decoder.decode(utf8(text), "p.json").title()).isEqualTo("bom");
  }
}
