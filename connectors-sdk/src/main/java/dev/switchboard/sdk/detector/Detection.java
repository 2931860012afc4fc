package dev.switchboard.sdk.detector;

import java.util.Objects;

/**
 * One trigger found in a document.
 *
 * @param type          what kind of trigger
 * @param confidence    0 to 1
 * @param company       the company as the text names it, inflected ({@code "Polskich Kruszyw"}) or, where the
 *                      detector knows the base form, in the nominative ({@code "Polskie Kruszywa"}); account
 *                      linking accepts both ({@link dev.switchboard.sdk.text.CompanyNames}); or {@code null}
 * @param evidenceStart offset of the first char of the evidence in the document's text
 * @param evidenceEnd   offset after the last char of the evidence
 * @param language      ISO 639-1 language of the evidence ({@code cs}), or {@code null} when unknown
 */
public record Detection(TriggerType type, double confidence, String company, int evidenceStart, int evidenceEnd,
                        String language) {

    public Detection {
        Objects.requireNonNull(type, "type");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1, was " + confidence);
        }
        if (evidenceStart < 0 || evidenceEnd < evidenceStart) {
            throw new IllegalArgumentException("evidence span [" + evidenceStart + ", " + evidenceEnd + ") is not valid");
        }
    }

    /** The evidence text, cut from the document it was found in. */
    public String evidence(String text) {
        return text.substring(Math.min(evidenceStart, text.length()), Math.min(evidenceEnd, text.length()));
    }
}
