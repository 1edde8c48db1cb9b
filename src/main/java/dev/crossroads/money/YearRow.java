package dev.crossroads.money;

/**
 * One model year of one option in one case. {@code studyShare} is the part of the year spent
 * studying (0 to 1). Cumulative figures include this year; the discounted one counts this year's
 * flow as received at its end.
 */
public record YearRow(
    int year, double studyShare, double netCashFlow, double cumulative, double discountedCumulative) {}
