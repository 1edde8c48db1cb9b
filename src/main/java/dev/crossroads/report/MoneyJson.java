package dev.crossroads.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.crossroads.money.BreakEven;
import dev.crossroads.money.MoneyProjection;
import dev.crossroads.money.MoneyResult;
import java.io.IOException;

/**
 * The money view as JSON for scripts. The shape is a contract, documented in docs/money.md
 * ("crossroads money --format json"): fields may be added, never renamed or removed without a new
 * {@code format} version. Amounts are plain numbers in the profile's currency, unrounded.
 */
public final class MoneyJson {
  public static final String FORMAT = "crossroads.money/1";

  public String render(MoneyPage page, String language) {
    return JsonDocument.write(FORMAT, page.title(), json -> write(json, page, language));
  }

  private static void write(JsonGenerator json, MoneyPage page, String language) throws IOException {
    MoneyResult result = page.result();
    json.writeStringField("language", language);
    json.writeObjectFieldStart("settings");
    json.writeNumberField("horizonYears", result.settings().horizonYears());
    json.writeNumberField("discountRate", result.settings().discountRate());
    json.writeStringField("currency", result.settings().currency());
    json.writeEndObject();
    if (page.criterion().isPresent()) {
      MoneyPage.Feeds feeds = page.criterion().get();
      json.writeObjectFieldStart("criterion");
      json.writeStringField("id", feeds.id());
      json.writeStringField("label", feeds.label());
      json.writeStringField("value", feeds.discounted() ? "presentValue" : "cumulative");
      json.writeEndObject();
    }
    JsonDocument.objects(json, "options", result.options(), option -> {
      json.writeStringField("id", option.option());
      json.writeStringField("label", page.label(option.option()));
      projection(json, "conservative", option.conservative());
      projection(json, "optimistic", option.optimistic());
    });
    JsonDocument.objects(json, "breakEvens", result.breakEvens(), band -> {
      json.writeStringField("option", band.option());
      json.writeStringField("against", band.against());
      json.writeBooleanField("discounted", band.discounted());
      breakEven(json, "conservative", band.conservative());
      breakEven(json, "optimistic", band.optimistic());
    });
    JsonDocument.objects(json, "facts", page.facts(), fact -> {
      json.writeStringField("id", fact.id());
      json.writeStringField("asOf", fact.asOf().toString());
      json.writeStringField("text", fact.text());
      json.writeStringField("source", fact.source());
    });
  }

  private static void projection(JsonGenerator json, String name, MoneyProjection projection)
      throws IOException {
    json.writeObjectFieldStart(name);
    json.writeNumberField("netIncome", projection.netIncome());
    json.writeNumberField("netPresentValue", projection.netPresentValue());
    JsonDocument.objects(json, "years", projection.rows(), row -> {
      json.writeNumberField("year", row.year());
      json.writeNumberField("studyShare", row.studyShare());
      json.writeNumberField("netCashFlow", row.netCashFlow());
      json.writeNumberField("cumulative", row.cumulative());
      json.writeNumberField("discountedCumulative", row.discountedCumulative());
    });
    json.writeEndObject();
  }

  private static void breakEven(JsonGenerator json, String name, BreakEven breakEven)
      throws IOException {
    json.writeObjectFieldStart(name);
    json.writeBooleanField("reached", breakEven.reached());
    if (breakEven.reached()) {
      json.writeNumberField("year", breakEven.year().getAsInt());
      json.writeNumberField("exactYear", breakEven.exactYear().getAsDouble());
      json.writeBooleanField("staysAhead", breakEven.staysAhead());
    }
    json.writeEndObject();
  }
}
