package dev.crossroads.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.crossroads.Problem;
import org.junit.jupiter.api.Test;

class AnalysisSettingsTest {

  @Test
  void defaultsAreTenThousandDrawsConcentrationFiftyAndOneThreadPerProcessor() {
    AnalysisSettings s = AnalysisSettings.defaults(9);
    assertThat(s.seed()).isEqualTo(9);
    assertThat(s.draws()).isEqualTo(10_000);
    assertThat(s.concentration()).isEqualTo(50.0);
    assertThat(s.threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
  }

  @Test
  void zeroSpreadMeansInfiniteConcentration() {
    assertThat(AnalysisSettings.defaults(1).withWeightSpread(0).concentration()).isInfinite();
  }

  @Test
  void nonsenseSettingsAreUsageFailuresWithAMessage() {
    assertThatThrownBy(() -> new AnalysisSettings(1, 0, 0.02, 1))
        .isInstanceOfSatisfying(Problem.class, f -> {
          assertThat(f.kind()).isEqualTo(Problem.Kind.USAGE);
          assertThat(f.userMessage().key()).isEqualTo("analysis.settings.draws");
        });
    assertThatThrownBy(() -> new AnalysisSettings(1, 10, -0.1, 1))
        .isInstanceOfSatisfying(Problem.class, f -> assertThat(f.userMessage().key()).isEqualTo("analysis.settings.weightSpread"));
    assertThatThrownBy(() -> new AnalysisSettings(1, 10, Double.NaN, 1))
        .isInstanceOf(Problem.class);
    assertThatThrownBy(() -> new AnalysisSettings(1, 10, 0.02, 0))
        .isInstanceOfSatisfying(Problem.class, f -> assertThat(f.userMessage().key()).isEqualTo("analysis.settings.threads"));
  }
}
