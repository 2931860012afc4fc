package com.example.hiring;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.switchboard.sdk.detector.Detection;
import dev.switchboard.sdk.detector.TriggerDetector;
import dev.switchboard.sdk.detector.TriggerType;
import dev.switchboard.sdk.model.Document;
import org.pf4j.Extension;

/**
 * EXAMPLE ONLY: finds English hiring announcements ("Acme is hiring", "we are recruiting",
 * "job openings") by keyword. It shows the shape of a detector, not a way to detect well.
 *
 * <p>What the contract asks and how this class meets it: it is stateless (the pattern is immutable),
 * so concurrent calls are safe; it returns an empty list, never {@code null}, for text it has
 * nothing to say about; it runs in one linear pass and stops after {@link #MAX_DETECTIONS}, so huge
 * texts stay quick; evidence offsets come from the original text (no lower-casing that could change
 * its length).
 */
@Extension
public class ExampleHiringDetector implements TriggerDetector {

    static final int MAX_DETECTIONS = 5;

    /** An optional company name (capitalized words) followed by a hiring phrase. */
    private static final Pattern HIRING = Pattern.compile(
            "(?:(?<company>\\p{Lu}[\\p{L}\\p{N}&.-]*(?: \\p{Lu}[\\p{L}\\p{N}&.-]*){0,3}) )?"
                    + "(?<phrase>(?i:(?:is|are|now) (?:hiring|recruiting)|job openings?|join our team))\\b");

    @Override
    public String id() {
        return "hiring-example-en";
    }

    @Override
    public Set<String> languages() {
        return Set.of("en");
    }

    @Override
    public Set<TriggerType> types() {
        return Set.of(TriggerType.HIRING);
    }

    @Override
    public List<Detection> detect(Document document) {
        if (document.language() != null && !document.language().equals("en")) {
            return List.of();
        }
        List<Detection> detections = new ArrayList<>();
        Matcher m = HIRING.matcher(document.text());
        while (detections.size() < MAX_DETECTIONS && m.find()) {
            String company = m.group("company");
            double confidence = company == null ? 0.4 : 0.7;
            detections.add(new Detection(TriggerType.HIRING, confidence, company, m.start(), m.end(), "en"));
        }
        return detections;
    }
}
