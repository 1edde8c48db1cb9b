package dev.crossroads.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crossroads.TerminalText;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The report models promise that no text in them holds a terminal control, whatever it was made
 * from. Each model is built here from its record components alone, with a hostile string in every
 * text (nested records, lists, maps and optionals included), and every text read back must be
 * clean: a text component added later is held to the same promise without anyone remembering it.
 * Ids and kinds are keys, matched against the decision, and stay as they are.
 */
class ReportModelTextTest {
  private static final String HOSTILE = "x \u001b]0;t\u0007\u001b[2J\r\b\u007f\u009b1m\u202e\u2066";

  static Stream<Class<?>> models() {
    return Stream.of(
        Summary.class,
        Comparison.class,
        ProfileComparison.class,
        DecisionSheet.class,
        DatedNote.class,
        MoneyPage.Feeds.class);
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyTextInTheModelIsCleanedAsItIsMade(Class<?> model) throws Exception {
    List<String> texts = new ArrayList<>();
    collect(build(model, model), model.getSimpleName(), texts);

    assertThat(texts).as("texts checked in %s", model.getSimpleName()).isNotEmpty();
    for (String text : texts) {
      assertThat(TerminalText.firstControl(text)).as(text).isEmpty();
    }
  }

  /** A key, not text: ids and kinds stay as the decision has them. */
  private static boolean isKey(String component) {
    return component.equals("id")
        || component.equals("kind")
        || component.endsWith("Id")
        || component.endsWith("Ids")
        || component.endsWith("Kind");
  }

  private static Object build(Class<?> type, Type generic) throws Exception {
    if (type == String.class) {
      return HOSTILE;
    }
    if (type == int.class || type == Integer.class) {
      return 1;
    }
    if (type == double.class || type == Double.class) {
      return 0.5;
    }
    if (type == boolean.class) {
      return false;
    }
    if (type == LocalDate.class) {
      return LocalDate.of(2026, 11, 25);
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    if (type == List.class) {
      return List.of(build(argument(generic, 0), ((ParameterizedType) generic).getActualTypeArguments()[0]));
    }
    if (type == Optional.class) {
      return Optional.of(build(argument(generic, 0), ((ParameterizedType) generic).getActualTypeArguments()[0]));
    }
    if (type == Map.class) {
      Type[] args = ((ParameterizedType) generic).getActualTypeArguments();
      return Map.of(build(argument(generic, 0), args[0]), build(argument(generic, 1), args[1]));
    }
    if (type.isSealed()) {
      // A sealed interface (a rating): its first permitted record will do.
      return build(type.getPermittedSubclasses()[0], type.getPermittedSubclasses()[0]);
    }
    if (type.isRecord()) {
      RecordComponent[] components = type.getRecordComponents();
      Object[] values = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        values[i] = build(components[i].getType(), components[i].getGenericType());
      }
      Constructor<?> canonical =
          type.getDeclaredConstructor(
              Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
      return canonical.newInstance(values);
    }
    throw new AssertionError("no sample value for " + type + "; teach build() one");
  }

  private static Class<?> argument(Type generic, int index) {
    Type arg = ((ParameterizedType) generic).getActualTypeArguments()[index];
    return (Class<?>) (arg instanceof ParameterizedType p ? p.getRawType() : arg);
  }

  /** Every text reachable from {@code value} that is not a key, into {@code texts}. */
  private static void collect(Object value, String name, List<String> texts) throws Exception {
    if (value instanceof String s) {
      if (!isKey(name)) {
        texts.add(s);
      }
    } else if (value instanceof List<?> list) {
      for (Object item : list) {
        collect(item, name, texts);
      }
    } else if (value instanceof Optional<?> optional && optional.isPresent()) {
      collect(optional.get(), name, texts);
    } else if (value instanceof Map<?, ?> map) {
      for (Object item : map.values()) {
        collect(item, name, texts);
      }
    } else if (value instanceof Record record) {
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        collect(component.getAccessor().invoke(record), component.getName(), texts);
      }
    }
  }
}
