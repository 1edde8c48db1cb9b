package dev.crossroads.questions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ShippedTemplatesTest {
  private static final List<String> IDS =
      List.of(
          "grad-school",
          "research-vs-engineering",
          "startup-vs-bigco",
          "abroad-vs-home",
          "academia-vs-industry",
          "specialist-vs-manager",
          "blank");
  private static final SchemaCheck SCHEMA = new SchemaCheck();
  private final YAMLMapper yaml = new YAMLMapper();

  static List<String> ids() {
    return IDS;
  }

  private JsonNode tree(String id) throws IOException {
    return yaml.readTree(SchemaCheck.text("questions/" + id + ".yaml"));
  }

  @Test
  void theIndexNamesExactlyTheTemplateFilesInTheQuestionsFolder() throws IOException {
    List<String> files;
    try (Stream<Path> list = Files.list(Path.of("questions"))) {
      files =
          list.map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".yaml"))
              .map(n -> n.substring(0, n.length() - ".yaml".length()))
              .sorted()
              .toList();
    }
    List<TemplateEntry> indexed = new TemplateBank(TemplateSources.builtInOnly()).entries();
    assertThat(indexed).extracting(TemplateEntry::id).containsExactlyElementsOf(IDS);
    assertThat(files).containsExactlyInAnyOrderElementsOf(IDS);
  }

  @ParameterizedTest
  @MethodSource("ids")
  void theIndexShowsTheTitlesAndCountsOfTheTemplateItself(String id) {
    TemplateBank bank = new TemplateBank(TemplateSources.builtInOnly());
    TemplateSummary fromIndex =
        bank.list().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    Template template = bank.load(id);

    assertThat(fromIndex.title()).isEqualTo(template.title());
    assertThat(fromIndex.preselectedCount()).isEqualTo(template.preselected().size());
    assertThat(fromIndex.catalogueCount()).isEqualTo(template.criteria().size());
  }

  @ParameterizedTest
  @MethodSource("ids")
  void everyShippedTemplateValidatesAgainstTheSchema(String id) throws IOException {
    assertThat(SCHEMA.errors(tree(id))).as(id).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("ids")
  void everyShippedTemplatePassesTheJavaValidator(String id) {
    Template template = new TemplateBank(TemplateSources.builtInOnly()).load(id);
    assertThat(template.id()).isEqualTo(id);
  }

  @ParameterizedTest
  @MethodSource("ids")
  void everyTextHasEnglishAndKoreanAndTheKoreanIsWrittenInHangul(String id) throws IOException {
    List<String> problems = new ArrayList<>();
    int[] texts = {0};
    walk(tree(id), "", problems, texts);
    assertThat(problems).as(id).isEmpty();
    assertThat(texts[0]).as("texts found in " + id).isGreaterThan(20);
  }

  private static void walk(JsonNode node, String path, List<String> problems, int[] texts) {
    if (node.isObject() && (node.has("en") || node.has("ko"))) {
      texts[0]++;
      if (!node.path("en").isTextual() || node.path("en").asText().isBlank()) {
        problems.add(path + ".en");
      }
      String ko = node.path("ko").asText("");
      if (!ko.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL)) {
        problems.add(path + ".ko");
      }
      return;
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        walk(e.getValue(), path + "." + e.getKey(), problems, texts);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), path + "[" + i + "]", problems, texts);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("ids")
  void everyTemplatePreselectsFiveToEightCriteriaAndOffersMore(String id) {
    Template template = new TemplateBank(TemplateSources.builtInOnly()).load(id);
    assertThat(template.preselected()).hasSizeBetween(5, 8);
    assertThat(template.otherCriteria()).isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("ids")
  void everyCriterionQuestionNamesTheOptionInBothLanguages(String id) {
    Template template = new TemplateBank(TemplateSources.builtInOnly()).load(id);
    for (CriterionTemplate c : template.criteria()) {
      assertThat(c.question().en()).as(id + " " + c.id()).contains("{option}");
      assertThat(c.question().ko()).as(id + " " + c.id()).contains("{option}");
    }
  }

  @ParameterizedTest
  @MethodSource("ids")
  void everyTemplateAsksTheCoreReflectionPromptsWithADatedReview(String id) {
    Template template = new TemplateBank(TemplateSources.builtInOnly()).load(id);
    assertThat(template.reflection())
        .extracting(ReflectionPrompt::id)
        .contains("uncertainties", "change-mind", "premortem", "plan-b", "review-date");
    ReflectionPrompt review = template.prompt("review-date").orElseThrow();
    assertThat(review.kind()).isEqualTo(ReflectionPrompt.Kind.DATE);
    assertThat(review.defaultAfter()).isPresent();
  }

  @Test
  void theTemplatesMarkTheirSalaryMoneyAndEquityCriteriaAsMoney() {
    TemplateBank bank = new TemplateBank(TemplateSources.builtInOnly());
    Map<String, List<String>> expected = Map.of(
        "grad-school", List.of("money"),
        "research-vs-engineering", List.of("salary"),
        "startup-vs-bigco", List.of("salary", "equity"),
        "abroad-vs-home", List.of("money"),
        "academia-vs-industry", List.of("salary"),
        "specialist-vs-manager", List.of("salary"),
        "blank", List.of("money"));
    for (String id : IDS) {
      assertThat(bank.load(id).moneyCriteria()).as(id).containsExactlyElementsOf(expected.get(id));
    }
  }

  @Test
  void theGradSchoolTemplateSaysHowToFindOutWhatPostingsAskFor() {
    TemplateBank bank = new TemplateBank(TemplateSources.builtInOnly());
    CriterionTemplate jdFit =
        bank.load("grad-school").criteria().stream()
            .filter(c -> c.id().equals("jd-fit"))
            .findFirst()
            .orElseThrow();
    assertThat(jdFit.findOut()).isPresent();
    assertThat(jdFit.findOut().get().in("en")).contains("postings").contains("master's");
    assertThat(jdFit.findOut().get().in("ko")).contains("채용공고").endsWith("요.");
  }

  @ParameterizedTest
  @MethodSource("ids")
  void everyWayToFindOutIsASentenceInBothLanguagesWrittenAsTheReportWritesKorean(String id) {
    for (CriterionTemplate c : new TemplateBank(TemplateSources.builtInOnly()).load(id).criteria()) {
      c.findOut()
          .ifPresent(
              text -> {
                assertThat(text.en()).as(id + "/" + c.id()).endsWith(".");
                // The Korean speaks 해요체, as the summary does: a way to find out is suggested.
                assertThat(text.ko()).as(id + "/" + c.id()).endsWith("요.");
              });
    }
  }
}
