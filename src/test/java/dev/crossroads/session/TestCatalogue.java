package dev.crossroads.session;

import dev.crossroads.session.question.Blueprint;
import dev.crossroads.session.question.Catalogue;
import dev.crossroads.session.question.CriterionInfo;
import dev.crossroads.session.question.Reflection;

import dev.crossroads.decision.Criterion;
import dev.crossroads.questions.MoneyQuestions;
import dev.crossroads.decision.Direction;
import dev.crossroads.decision.Option;
import dev.crossroads.decision.QuantityScale;
import dev.crossroads.decision.RatingScale;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A small, fixed grad-school template for session tests, independent of the shipped bank. */
final class TestCatalogue implements Catalogue {

  @Override
  public List<Title> titles(String language) {
    return List.of(new Title("grad", ko(language) ? "대학원 대 취업" : "Grad school or a job"),
        new Title("blank", ko(language) ? "빈 양식" : "Blank"));
  }

  private static boolean ko(String language) {
    return language.equals("ko");
  }

  @Override
  public Blueprint blueprint(String id, String language) {
    boolean ko = ko(language);
    if (id.equals("blank")) {
      return template("blank", ko ? "새 결정" : "A new decision", "", List.of(),
          List.of(growth(ko), interest(ko)), List.of(), Map.of(), List.of());
    }
    return template(
        "grad",
        ko ? "대학원에 갈까, 취업할까?" : "Grad school or a job now?",
        ko ? "석사와 취업 사이의 고민." : "Weighing a master's against a job.",
        List.of(new Option("masters", ko ? "석사 진학" : "Master's"),
            new Option("job", ko ? "바로 취업" : "Start working"),
            new Option("keep-open", ko ? "한 학기 더 준비" : "One more semester")),
        List.of(growth(ko), interest(ko), time(ko), salary(ko)),
        List.of("growth", "interest", "time"),
        Map.of("growth", 40.0, "interest", 30.0, "time", 30.0),
        List.of(
            new Reflection("premortem", false,
                ko ? "1년 뒤 이 선택이 실패했다면 이유는?" : "A year on it went badly: why?",
                ko ? "가장 그럴듯한 이유 하나." : "The most likely reason.",
                Optional.empty(), Optional.empty()),
            new Reflection("review-date", true,
                ko ? "언제 다시 볼까요?" : "When will you look at this again?",
                ko ? "석 달 뒤쯤." : "In about three months.",
                Optional.empty(), Optional.of(Period.ofMonths(3)))));
  }

  /** A template as the question bank has it: no money plan kept, no criterion counting money. */
  private static Blueprint template(String id, String title, String intro, List<Option> options,
      List<CriterionInfo> catalogue, List<String> preselected, Map<String, Double> points,
      List<Reflection> reflections) {
    return new Blueprint(id, title, intro, options, catalogue, preselected, points, reflections,
        Optional.empty(), Set.of(), MoneyQuestions.NONE);
  }

  static CriterionInfo growth(boolean ko) {
    return new CriterionInfo(
        new Criterion("growth", ko ? "성장" : "Growth", Direction.BENEFIT, RatingScale.ONE_TO_TEN),
        ko ? "얼마나 빨리 배울지." : "How fast you would learn.",
        ko ? "{option}: 얼마나 빨리 성장할까요?" : "How fast would you grow with {option}?",
        ko ? "제자리" : "standing still", ko ? "매달 성장" : "stretched every month",
        ko ? "좋은 사수가 있으면 9점." : "A mentor who meets you weekly: 9.");
  }

  static CriterionInfo interest(boolean ko) {
    return new CriterionInfo(
        new Criterion("interest", ko ? "흥미" : "Interest", Direction.BENEFIT,
            RatingScale.ONE_TO_TEN),
        ko ? "일 자체의 재미." : "Fun in the work itself.",
        ko ? "{option}의 일은 얼마나 재미있을까요?" : "How much would you enjoy {option}?",
        ko ? "지루함" : "counting the hours", ko ? "주말에도 하고 싶음" : "would do it for free",
        "");
  }

  static CriterionInfo time(boolean ko) {
    return new CriterionInfo(
        new Criterion("time", ko ? "드는 시간" : "Time it takes", Direction.COST,
            RatingScale.ONE_TO_TEN),
        ko ? "전업으로 일하기까지 걸리는 시간." : "Years before full-time work.",
        ko ? "{option}은(는) 시간이 얼마나 드나요?" : "How much time does {option} cost?",
        ko ? "거의 없음" : "almost none", ko ? "아주 많음" : "a great deal", "");
  }

  static CriterionInfo salary(boolean ko) {
    return new CriterionInfo(
        new Criterion("salary", ko ? "연봉" : "Salary", Direction.BENEFIT,
            QuantityScale.of(ko ? "만원" : "KRW 10k")),
        ko ? "3년 뒤 연봉." : "Pay in three years.",
        ko ? "{option}의 3년 뒤 연봉은?" : "Pay with {option} in three years?",
        ko ? "적음" : "low", ko ? "많음" : "high", "");
  }
}
