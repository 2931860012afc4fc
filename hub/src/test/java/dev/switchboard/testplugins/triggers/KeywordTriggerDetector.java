package dev.switchboard.testplugins.triggers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.switchboard.sdk.detector.Detection;
import dev.switchboard.sdk.detector.TriggerDetector;
import dev.switchboard.sdk.detector.TriggerType;
import dev.switchboard.sdk.model.Document;

/**
 * A test detector: on each line, the words before a trigger phrase are the company ("Acme s.r.o.
 * raised €5M" is FUNDING at "Acme s.r.o."); the line is the evidence. A line may end with
 * "(confidence 0.7)" to set the confidence (default 0.8).
 */
public class KeywordTriggerDetector implements TriggerDetector {

    private static final Map<String, TriggerType> PHRASES = Map.of(
            " raised ", TriggerType.FUNDING, " získala ", TriggerType.FUNDING, " pozyskały ", TriggerType.FUNDING,
            " привлёк ", TriggerType.FUNDING, " is hiring ", TriggerType.HIRING, " přijímá ", TriggerType.HIRING,
            " zatrudniają ", TriggerType.HIRING, " нанимает ", TriggerType.HIRING);

    @Override
    public String id() {
        return "keyword-test";
    }

    @Override
    public Set<String> languages() {
        return Set.of("en", "cs", "pl", "ru");
    }

    @Override
    public Set<TriggerType> types() {
        return Set.of(TriggerType.FUNDING, TriggerType.HIRING);
    }

    @Override
    public List<Detection> detect(Document document) {
        List<Detection> found = new ArrayList<>();
        String text = document.text();
        int start = 0;
        for (String line : text.split("\n", -1)) {
            for (Map.Entry<String, TriggerType> phrase : PHRASES.entrySet()) {
                int at = line.indexOf(phrase.getKey());
                if (at > 0) {
                    double confidence = 0.8;
                    int c = line.indexOf("(confidence ");
                    if (c >= 0) {
                        confidence = Double.parseDouble(line.substring(c + 12, line.indexOf(')', c)));
                    }
                    found.add(new Detection(phrase.getValue(), confidence, line.substring(0, at).strip(), start,
                            start + line.length(), null));
                }
            }
            start += line.length() + 1;
        }
        return found;
    }
}
