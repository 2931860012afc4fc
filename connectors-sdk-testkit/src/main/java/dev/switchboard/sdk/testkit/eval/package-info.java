/**
 * The sales-trigger evaluation kit: labeled sets, detector output, and the scores that compare them.
 *
 * <p>Plain Java and Jackson, no JUnit: the hub's {@code ./switchboard evaluate} command and a
 * plugin author's own test call the same code.
 * <ul>
 *   <li>{@link dev.switchboard.sdk.testkit.eval.LabeledSet#read(java.nio.file.Path)} reads a labeled
 *       set (JSON Lines of {@link dev.switchboard.sdk.testkit.eval.LabeledItem});</li>
 *   <li>{@link dev.switchboard.sdk.testkit.eval.Predictions#read(java.io.Reader)} reads detector output
 *       ({@code {"id": ..., "triggers": [...]}} per line), or
 *       {@link dev.switchboard.sdk.testkit.eval.PredictedTrigger#of} converts detections directly;</li>
 *   <li>{@link dev.switchboard.sdk.testkit.eval.TriggerEvaluation#score} counts, per item and type,
 *       true and false detections and whether the company is right
 *       ({@link dev.switchboard.sdk.text.CompanyNames#sameCompany}), and returns a
 *       {@link dev.switchboard.sdk.testkit.eval.Report} that prints itself and checks
 *       {@link dev.switchboard.sdk.testkit.eval.Targets}.</li>
 * </ul>
 * Bad input is an {@link dev.switchboard.sdk.testkit.eval.EvalFormatException} naming the line and
 * what is wrong with it.
 */
package dev.switchboard.sdk.testkit.eval;
