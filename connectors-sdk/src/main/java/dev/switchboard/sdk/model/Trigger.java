package dev.switchboard.sdk.model;

import java.time.Instant;
import java.util.List;

/**
 * A sales trigger on an account, as the hub records it.
 *
 * @param type       trigger type code ({@code hiring})
 * @param confidence 0 to 1
 * @param company    the company as mentioned
 * @param evidence   the text that shows it
 * @param sourceUrls where it was reported; several sources of one event collapse into one trigger
 * @param detectedAt when it was detected
 */
public record Trigger(String type, double confidence, String company, String evidence, List<String> sourceUrls,
                      Instant detectedAt) {

    public Trigger {
        sourceUrls = sourceUrls == null ? List.of() : List.copyOf(sourceUrls);
    }
}
