package dev.switchboard.hub.detection;

import java.util.List;

/**
 * What the detectors found in one document.
 *
 * @param language the document's language: as given, else as the detectors identified it, else {@code null}
 * @param triggers one per type and company, ordered by where their evidence starts
 * @param problems detectors that did not answer and why ({@code trigger-detectors/hiring: no answer within PT2S});
 *                 empty when every detector answered
 */
public record DetectionOutcome(String language, List<FoundTrigger> triggers, List<String> problems) {

    public DetectionOutcome {
        triggers = List.copyOf(triggers);
        problems = List.copyOf(problems);
    }
}
