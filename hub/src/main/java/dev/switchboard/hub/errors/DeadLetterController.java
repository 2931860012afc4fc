package dev.switchboard.hub.errors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/dead-letters}: list, inspect, replay and delete exchanges that failed after every
 * redelivery.
 */
@RestController
@RequestMapping(path = "/api/dead-letters", produces = "application/json")
class DeadLetterController {

    static final int MAX_LIMIT = 500;

    private final DeadLetterStore store;
    private final DeadLetterReplayer replayer;
    private final ObjectMapper json;

    DeadLetterController(DeadLetterStore store, DeadLetterReplayer replayer, ObjectMapper json) {
        this.store = store;
        this.replayer = replayer;
        this.json = json;
    }

    /** A page of entries, newest first. */
    record Page(List<DeadLetter> items, long total, int limit, int offset) {
    }

    @GetMapping
    Page list(@RequestParam(required = false) String route, @RequestParam(defaultValue = "50") int limit,
              @RequestParam(defaultValue = "0") int offset) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw BadInputException.malformed("limit", "must be between 1 and " + MAX_LIMIT);
        }
        if (offset < 0) {
            throw BadInputException.malformed("offset", "must not be negative");
        }
        String routeId = route == null || route.isBlank() ? null : route;
        return new Page(store.list(routeId, limit, offset), store.count(routeId), limit, offset);
    }

    @GetMapping("/{id}")
    ResponseEntity<Object> get(@PathVariable long id) {
        return store.find(id).<ResponseEntity<Object>>map(ResponseEntity::ok).orElseGet(() -> notFound(id));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Object> delete(@PathVariable long id) {
        return store.delete(id) ? ResponseEntity.noContent().build() : notFound(id);
    }

    /**
     * 200 {@code {"status":"replayed","id":N,"answer":...}} when the route succeeded (the entry is
     * gone), 409 when it failed again or its route is gone (the entry stays), 404 for an unknown id.
     */
    @PostMapping("/{id}/replay")
    ResponseEntity<Object> replay(@PathVariable long id) {
        ReplayOutcome outcome = replayer.replay(id);
        Map<String, Object> body = new LinkedHashMap<>();
        switch (outcome.result()) {
            case NOT_FOUND -> {
                return notFound(id);
            }
            case REPLAYED -> {
                body.put("status", "replayed");
                body.put("id", id);
                if (outcome.answer() != null && !outcome.answer().isEmpty()) {
                    body.put("answer", answer(outcome.answer()));
                }
                return ResponseEntity.ok(body);
            }
            default -> {
                body.put("status", outcome.result() == ReplayOutcome.Result.FAILED ? "failed" : "route-missing");
                body.put("id", id);
                body.put("error", outcome.error());
                return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
            }
        }
    }

    /** A JSON answer is embedded as JSON, anything else as text. */
    private Object answer(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            return text;
        }
    }

    private static ResponseEntity<Object> notFound(long id) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("status", 404, "error", "no dead letter " + id));
    }
}
