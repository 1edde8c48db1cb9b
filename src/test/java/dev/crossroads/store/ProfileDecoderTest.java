package dev.crossroads.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossroads.Problem;
import dev.crossroads.Messages;
import dev.crossroads.decision.Decision;
import dev.crossroads.decision.WeightInput;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfileDecoderTest {
  private final ProfileDecoder decoder =
      new ProfileDecoder(ProfileCodec.standard(), SchemaMigration.standard());
  private final Messages messages = new Messages(Locale.ENGLISH);

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private void assertRefused(byte[] input, String... shown) {
    assertThatThrownBy(() -> decoder.decode(input, "p.json"))
        .isInstanceOfSatisfying(
            Problem.class,
            f -> {
              assertThat(f.kind()).isEqualTo(Problem.Kind.BAD_DATA);
              assertThat(messages.get(f.userMessage())).contains(shown);
            });
  }

  @Test
  void aCurrentProfileReachesTheCodecAsTheFilesOwnTextSoPositionsMatch() {
    List<String> seen = new ArrayList<>();
    ProfileCodec codec = ProfileCodec.standard();
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
    String text = TestProfiles.json("Grad school or job");
    recording.decode(utf8(text), "/p/job.json");
    assertThat(seen).containsExactly(text, "/p/job.json");
  }

  @Test
  void aVersionZeroProfileIsMigratedBeforeTheCodecSeesIt() {
    Decision decision = decoder.decode(utf8(TestProfiles.v0Json("옛 결정")), "old.json");
    assertThat(decision).isEqualTo(TestProfiles.decision("옛 결정"));
    assertThat(decision.weights())
        .isEqualTo(new WeightInput.Points(Map.of("growth", 60.0, "pay", 40.0)));
  }

  @Test
  void aMigratedProfileIsNamedWithItsOldVersionInMessages() {
    String v0 = TestProfiles.v0Json("x").replace("\"title\" : \"x\"", "\"title\" : 42");
    assertRefused(utf8(v0), "p.json (schemaVersion 0)", "title");
  }

  @Test
  void aProfileFromANewerVersionIsRefusedBeforeTheCodecTriesIt() {
    String newer = TestProfiles.json("x").replace("\"schemaVersion\": 1", "\"schemaVersion\": 2");
    assertRefused(utf8(newer), "newer crossroads", "format 2", "reads up to 1");
  }

  @Test
  void brokenJsonIsReportedByTheCodecWithLineAndColumn() {
    assertRefused(utf8("{\n  \"schemaVersion\": 1,\n  \"title\": \n}"), "p.json:4:");
  }

  @Test
  void invalidUtf8EmptyFilesNonObjectsAndTrailingContentAreDataErrors() {
    assertRefused(new byte[] {(byte) 0xC3, (byte) 0x28}, "p.json", "UTF-8");
    assertRefused(new byte[0], "p.json:1:1");
    assertRefused(utf8("   "), "p.json:1:1");
    assertRefused(utf8("[1,2]"), "p.json:1:1");
    assertRefused(utf8(TestProfiles.json("x") + " {}"), "p.json:");
  }

  @Test
  void aMissingOrNonNumericVersionIsLeftToTheCodecToExplain() {
    assertRefused(utf8(TestProfiles.json("x").replace("\"schemaVersion\": 1,", "")), "schemaVersion");
    assertRefused(
        utf8(TestProfiles.json("x").replace("\"schemaVersion\": 1", "\"schemaVersion\": \"1\"")),
        "p.json:2:");
  }

  @Test
  void aByteOrderMarkIsTolerated() {
    String text = "\uFEFF" + TestProfiles.json("bom");
    assertThat(decoder.decode(utf8(text), "p.json").title()).isEqualTo("bom");
  }
}
