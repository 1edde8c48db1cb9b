package dev.crossroads.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.decision.Rating;
import dev.crossroads.decision.Scenario;
import dev.crossroads.decision.WeightInput;
import dev.crossroads.store.ProfileName;
import dev.crossroads.store.ProfilePaths;
import dev.crossroads.store.ProfileStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scenario add} names options and criteria as people see them, and says after a weight
 * override how the other weights moved. The profile is docs/examples/grad-school.json: points
 * 25 growth, 20 market-fit, 15 fun, 15 salary, 10 years, 15 net-cost.
 */
class ScenarioLabelsTest {
  @TempDir Path home;

  private Map<String, String> env() {
    return Map.of("LANG", "en_US.UTF-8", "HOME", home.toString(),
        "CROSSROADS_HOME", home.resolve("crossroads").toString());
  }

  private CommandRun run(String... args) {
    return CommandRun.of(env(), args);
  }

  private Scenario scenario(String profile, String name) {
    return ProfileStore.open(ProfilePaths.resolve(Optional.empty(), env(), home))
        .load(ProfileName.of(profile)).profile().decision().scenario(name).orElseThrow();
  }

  @BeforeEach
  void savedProfile() {
    assertThat(run("import", "docs/examples/grad-school.json", "--name", "grad").exitCode())
        .isZero();
  }

  @Test
  void labelsAsTheyAreSeenSetAWeightAndARating() {
    CommandRun run = run("scenario", "add", "grad", "visa-fails",
        "--set", "Growth and learning speed=40",
        "--set", "rating.Master's in Korea (AI lab).Yearly salary in 3 years=55000000");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    Scenario s = scenario("grad", "visa-fails");
    assertThat(s.weights()).contains(new WeightInput.Points(Map.of("growth", 40.0,
        "market-fit", 20.0, "fun", 15.0, "salary", 15.0, "years", 10.0, "net-cost", 15.0)));
    assertThat(s.ratings().get("masters").get("salary")).isEqualTo(Rating.of(55_000_000));
  }

  @Test
  void anyCaseAndAClearBeginningWorkAndIdsStillDo() {
    CommandRun run = run("scenario", "add", "grad", "short", "--set", "GROWTH=30",
        "--set", "weight.enjoying=20", "--set", "rating.ml engineer.years until=1",
        "--set", "weight.market-fit=10", "--set", "rating.keep-open.salary=40,000,000");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    Scenario s = scenario("grad", "short");
    Map<String, Double> points = ((WeightInput.Points) s.weights().orElseThrow()).points();
    assertThat(points).containsEntry("growth", 30.0).containsEntry("fun", 20.0)
        .containsEntry("market-fit", 10.0);
    assertThat(s.ratings().get("industry").get("years")).isEqualTo(Rating.of(1));
    assertThat(s.ratings().get("keep-open").get("salary")).isEqualTo(Rating.of(40_000_000));
  }

  @Test
  void aWeightOverrideSaysHowTheOthersWereRescaled() {
    CommandRun run = run("scenario", "add", "grad", "growth-first", "--set", "Growth=40");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    // 40 + 20 + 15 + 15 + 10 + 15 = 115 points; 40 of them is 35%.
    assertThat(flat(run.out())).contains("Growth and learning speed is set to 40 points; the other "
        + "criteria keep their proportions, so Growth and learning speed weighs 35% of the total "
        + "(40 of 115 points).");
  }

  @Test
  void severalOverridesAreOneLineWithEachShare() {
    CommandRun run = run("scenario", "add", "grad", "two", "--set", "Growth=40", "--set", "fun=5");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    // 40 + 20 + 5 + 15 + 10 + 15 = 105 points.
    assertThat(flat(run.out())).contains("Weights set: Growth and learning speed 40 points (38%), "
        + "Enjoying the day-to-day work 5 points (5%), of 105 points in all; the other criteria "
        + "keep their proportions.");
    assertThat(messages(run.out())).isEqualTo(2);
  }

  @Test
  void aRankingSaysTheScenarioStartsFromItsWeightsInPercent() throws IOException {
    Path ranked = Files.writeString(home.resolve("ranked.json"),
        Files.readString(Path.of("docs/examples/grad-school.json")).replaceAll(
            "\"weights\": \\{[^}]*\\}\\s*\\}",
            "\"weights\": {\"method\": \"rank\", \"order\": [\"growth\", \"market-fit\", \"fun\","
                + " \"salary\", \"years\", \"net-cost\"]}"));
    assertThat(run("import", ranked.toString()).exitCode()).isZero();

    CommandRun run = run("scenario", "add", "ranked", "r", "--set", "Fun=40");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    // Rank-order centroid for 6: 40.8, 24.2, 15.8, 10.3, 6.1, 2.8 percent; fun becomes 40.
    assertThat(flat(run.out())).contains("Enjoying the day-to-day work is set to 40; the other criteria "
        + "keep their proportions, so Enjoying the day-to-day work weighs 32% of the total (40 "
        + "of 124.2).", "A ranking has no points to move, so the scenario starts from its "
        + "weights in percent (Enjoying the day-to-day work was 15.8) and keeps them as direct "
        + "weights.");
    assertThat(scenario("ranked", "r").weights().orElseThrow())
        .isInstanceOf(WeightInput.Direct.class);
  }

  @Test
  void anAmbiguousNameIsOneLineListingTheChoices() {
    CommandRun run = run("scenario", "add", "grad", "x", "--set", "Year=5");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(messages(run.err())).as(run.toString()).isEqualTo(1);
    assertThat(flat(run.err())).contains("--set Year=5", "\"Year\" fits more than one criterion",
        "Yearly salary in 3 years (salary), Years until full-time work (years)");
  }

  @Test
  void anUnknownNameIsOneLineListingEveryChoice() {
    CommandRun criterion = run("scenario", "add", "grad", "x", "--set", "Happiness=5");
    CommandRun option = run("scenario", "add", "grad", "x", "--set", "rating.PhD.growth=5");
    CommandRun cell = run("scenario", "add", "grad", "x", "--set", "rating.masters.Happiness=5");

    for (CommandRun r : new CommandRun[] {criterion, option, cell}) {
      assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.USAGE);
      assertThat(messages(r.err())).as(r.toString()).isEqualTo(1);
    }
    assertThat(flat(criterion.err())).contains("there is no criterion \"Happiness\"",
        "Growth and learning speed (growth), Fit with what AI job postings ask for (market-fit)");
    assertThat(flat(option.err())).contains("there is no option \"PhD\"",
        "Master's in Korea (AI lab) (masters), ML engineer job now (industry)");
    assertThat(flat(cell.err())).contains("there is no criterion \"Happiness\"");
    assertThat(ProfileStore.open(ProfilePaths.resolve(Optional.empty(), env(), home))
        .load(ProfileName.of("grad")).decision().scenario("x")).isEmpty();
  }

  @Test
  void aKoreanProfileTakesItsKoreanLabels() {
    assertThat(run("import", "docs/examples/grad-school-ko.json", "--name", "ko").exitCode())
        .isZero();

    CommandRun run = run("--lang", "ko", "scenario", "add", "ko", "s", "--set", "성장=40",
        "--set", "rating.지금 ML.3년 뒤 연봉=55000000");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(flat(run.out())).contains("성장과 배우는 속도의 가중치를 40점으로 정했습니다");
    assertThat(scenario("ko", "s").ratings().get("industry").get("salary"))
        .isEqualTo(Rating.of(55_000_000));
  }

  /** Messages are wrapped at 80 columns, continuation lines indented: read them as one line each. */
  private static String flat(String text) {
    return text.replace("\n  ", " ");
  }

  private static long messages(String text) {
    return text.lines().filter(l -> !l.startsWith("  ")).count();
  }

  /** The profile with "Personal fit" (fit) and "Fit with the job postings you want" (jd-fit). */
  private void fitProfile() throws IOException {
    Path fits = Files.writeString(home.resolve("fits.json"),
        Files.readString(Path.of("docs/examples/grad-school.json"))
            .replace("\"market-fit\"", "\"jd-fit\"")
            .replace("Fit with what AI job postings ask for", "Fit with the job postings you want")
            .replace("\"fun\"", "\"fit\"").replace("Enjoying the day-to-day work", "Personal fit"));
    assertThat(run("import", fits.toString(), "--name", "fits").exitCode()).isZero();
  }

  @Test
  void anIdThatStartsAnotherLabelIsAmbiguousNotTheHiddenId() throws IOException {
    fitProfile();

    CommandRun fit = run("scenario", "add", "fits", "s", "--set", "fit=40");
    CommandRun personal = run("scenario", "add", "fits", "p", "--set", "Personal fit=40",
        "--set", "rating.masters.fit with=3");

    assertThat(fit.exitCode()).as(fit.toString()).isEqualTo(ExitCode.USAGE);
    assertThat(fit.err()).contains("\"fit\" fits more than one criterion",
        "Fit with the job postings you want (jd-fit), Personal fit (fit)");
    assertThat(personal.exitCode()).as(personal.toString()).isZero();
    assertThat(((WeightInput.Points) scenario("fits", "p").weights().orElseThrow()).points())
        .containsEntry("fit", 40.0).containsEntry("jd-fit", 20.0);
    assertThat(scenario("fits", "p").ratings().get("masters")).containsKey("jd-fit");
  }

  @Test
  void curlyApostrophesAndSpacesDoNotTellNamesApart() {
    CommandRun run = run("scenario", "add", "grad", "q",
        "--set", "rating.MASTER’S  in korea (AI lab).growth   AND learning speed=7");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(scenario("grad", "q").ratings().get("masters").get("growth"))
        .isEqualTo(Rating.of(7));
  }

  @Test
  void equalLabelsAreAmbiguousAndTheIdsTellThemApart() throws IOException {
    Path twins = Files.writeString(home.resolve("twins.json"),
        Files.readString(Path.of("docs/examples/grad-school.json"))
            .replace("Enjoying the day-to-day work", "Growth and learning speed"));
    assertThat(run("import", twins.toString(), "--name", "twins").exitCode()).isZero();

    CommandRun same = run("scenario", "add", "twins", "s", "--set", "growth and learning speed=5");
    CommandRun id = run("scenario", "add", "twins", "i", "--set", "fun=5");

    assertThat(same.exitCode()).as(same.toString()).isEqualTo(ExitCode.USAGE);
    assertThat(same.err()).contains("Growth and learning speed (growth), "
        + "Growth and learning speed (fun)");
    assertThat(id.exitCode()).as(id.toString()).isZero();
  }
}
