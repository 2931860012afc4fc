package dev.switchboard.sdk.testkit.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import dev.switchboard.sdk.detector.Detection;
import dev.switchboard.sdk.detector.TriggerType;
import org.junit.jupiter.api.Test;

class PredictionsTest {

    @Test
    void readsTheDetectOutput() throws IOException {
        Map<String, List<PredictedTrigger>> byId = Predictions.read(new StringReader("""
                {"id": "pl-017", "triggers": [{"type": "funding", "confidence": 0.92, "company": "Polskich Kruszyw", "evidence": "emisję akcji"}]}
                {"id": "pl-018", "triggers": []}
                {"id": "pl-019", "triggers": [{"type": "hiring"}]}
                """));
        assertEquals(List.of("pl-017", "pl-018", "pl-019"), List.copyOf(byId.keySet()));
        assertEquals(List.of(new PredictedTrigger(TriggerType.FUNDING, 0.92, "Polskich Kruszyw", "emisję akcji")),
                byId.get("pl-017"));
        assertEquals(List.of(), byId.get("pl-018"));
        assertTrue(Double.isNaN(byId.get("pl-019").get(0).confidence()));
    }

    @Test
    void writtenLinesReadBack() throws IOException {
        StringWriter out = new StringWriter();
        List<PredictedTrigger> triggers = List.of(new PredictedTrigger(TriggerType.HIRING, 0.75, "«Яндекс»", "ищет \"инженеров\""),
                new PredictedTrigger(TriggerType.EXPANSION, Double.NaN, null, null));
        Predictions.write(out, "ru-001", triggers);
        Predictions.write(out, "ru-002", List.of());
        assertTrue(out.toString().endsWith("\n"));
        assertEquals(2, out.toString().split("\n").length);
        Map<String, List<PredictedTrigger>> back = Predictions.read(new StringReader(out.toString()));
        assertEquals(triggers.get(0), back.get("ru-001").get(0));
        assertEquals(TriggerType.EXPANSION, back.get("ru-001").get(1).type());
        assertEquals(List.of(), back.get("ru-002"));
    }

    @Test
    void aDetectionBecomesAPrediction() {
        String text = "Akcjonariusze Polskich Kruszyw zatwierdzili emisję akcji.";
        PredictedTrigger trigger = PredictedTrigger.of(new Detection(TriggerType.FUNDING, 0.8, "Polskich Kruszyw",
                14, 30, "pl"), text);
        assertEquals(new PredictedTrigger(TriggerType.FUNDING, 0.8, "Polskich Kruszyw", "Polskich Kruszyw"), trigger);
    }

    @Test
    void badLinesAreNamed() {
        assertEquals("predictions line 1: triggers[0].confidence must be a number from 0 to 1, was 1.5",
                problem("{\"id\": \"a\", \"triggers\": [{\"type\": \"hiring\", \"confidence\": 1.5}]}"));
        assertEquals("predictions line 1: triggers[0].confidence must be a number from 0 to 1, was \"high\"",
                problem("{\"id\": \"a\", \"triggers\": [{\"type\": \"hiring\", \"confidence\": \"high\"}]}"));
        assertEquals("predictions line 2: id 'a' already appeared on line 1",
                problem("{\"id\": \"a\", \"triggers\": []}\n{\"id\": \"a\", \"triggers\": []}"));
        assertEquals("predictions line 1: 'id' is missing or empty", problem("{\"triggers\": []}"));
        assertTrue(problem("{\"id\": \"a\", \"triggers\": [{\"type\": \"layoff\"}]}")
                .startsWith("predictions line 1: triggers[0].type 'layoff' is not a trigger type"));
    }

    private static String problem(String input) {
        return assertThrows(EvalFormatException.class, () -> Predictions.read(new StringReader(input))).getMessage();
    }
}
