package dev.crossroads.analysis;

import java.util.List;

/**
 * What to find out first: for every uncertain input, what knowing it before choosing is worth,
 * the most valuable first.
 *
 * @param baseline the option with the best average worth over the draws: the one to choose on
 *     what is known now (an option is worth its score in a draw, or 0 where it fails a
 *     dealbreaker); it can differ from the verdict's leader, which is scored on the central
 *     ratings
 * @param baselineWorth its average worth, 0 to 1
 * @param perfectInformation what knowing every input at once would be worth: the average of the
 *     best worth in each draw, less the baseline's
 * @param perfectInformationError its standard error
 * @param draws how many draws the estimates use (the run's first ones)
 * @param bins how many groups each input's draws are cut into, about; 0 when there were too few
 *     draws to estimate anything, and then every input is listed with a value of 0
 * @param inputs one entry per uncertain input: highest {@code value} first, then the highest
 *     chance of changing the choice, then ranges before weights in decision order
 */
public record ValueOfInformation(
    String baseline,
    double baselineWorth,
    double perfectInformation,
    double perfectInformationError,
    int draws,
    int bins,
    List<InformationValue> inputs) {
  /** How many standard errors above zero an input's value must be to say it changes the choice. */
  public static final double ERRORS = 3;

  public ValueOfInformation {
    inputs = List.copyOf(inputs);
  }

  /** The inputs that would change the choice, most valuable first. */
  public List<InformationValue> changing() {
    return inputs.stream().filter(InformationValue::changesChoice).toList();
  }
}
