package dev.crossroads.analysis;

import dev.crossroads.Present;
import java.util.Optional;

/**
 * What learning one uncertain input before choosing is worth: the expected value of perfect
 * information about it, estimated from the Monte Carlo draws (see {@link InformationEstimator}).
 *
 * @param value how much the chosen option's score would gain on average, on the 0 to 1 scale of
 *     the weighted sum, if the input were known before choosing; 0 when knowing it would never
 *     change the choice
 * @param standardError the Monte Carlo standard error of {@code value}
 * @param chanceChanges the share of plausible values of the input for which knowing it would make
 *     another option the better choice
 * @param switchesTo the option it would most often switch to, when it switches at all
 * @param changesChoice whether {@code value} is above zero by more than its error allows (see
 *     {@link InformationEstimator#ERRORS}): only such inputs are said to change the choice
 */
public record InformationValue(
    UncertainInput input,
    double value,
    double standardError,
    double chanceChanges,
    Optional<String> switchesTo,
    boolean changesChoice) {
  public InformationValue {
    Present.all("input", input, "switchesTo", switchesTo);
  }
}
