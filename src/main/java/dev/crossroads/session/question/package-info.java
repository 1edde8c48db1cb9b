/**
 * The questions of a session and the flow they make. A {@link
 * dev.crossroads.session.question.Question} builds its prompt from a {@link
 * dev.crossroads.session.question.Context} and says what a reply makes of it (done, a list still
 * being edited, refused with a reason, a jump), without printing or storing anything; {@link
 * dev.crossroads.session.question.Flow} lists the questions as they stand given the answers so
 * far, and {@link dev.crossroads.session.question.DecisionAssembler} turns answers into the
 * decision. The question bank comes in through {@link dev.crossroads.session.question.Catalogue}.
 */
package dev.crossroads.session.question;
