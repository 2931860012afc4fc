package dev.switchboard.hub.visits;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.hub.errors.BadInputException;
import dev.switchboard.hub.errors.ErrorBody;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /track}: page views from the snippet {@code config/forms/examples/track.js}. Public (no
 * key: browsers call it), open to any origin (CORS, preflight answered), limited per client address.
 * The body is JSON, sent as {@code application/json} or as {@code text/plain} (what
 * {@code navigator.sendBeacon} can send cross-origin without a preflight). Answers 202
 * {@code {"accepted": N}}; 422 naming each bad field; 429 over the rate limit.
 */
@RestController
@CrossOrigin(origins = "*", methods = {RequestMethod.POST}, allowedHeaders = "Content-Type", maxAge = 86400)
class TrackController {

    private final ObjectMapper json;
    private final VisitStore visits;
    private final TrackRateLimit limit;
    private final Clock clock = Clock.systemUTC();

    TrackController(ObjectMapper json, VisitStore visits, VisitsProperties settings) {
        this.json = json;
        this.visits = visits;
        this.limit = new TrackRateLimit(settings.rateLimitPerMinute(), clock);
    }

    @PostMapping(path = "/track", produces = "application/json")
    ResponseEntity<Object> track(@RequestBody(required = false) String body, HttpServletRequest request) {
        if (!limit.allow(request.getRemoteAddr())) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "60")
                    .body(ErrorBody.of(429, "too many page views from this address; try again in a minute"));
        }
        List<PageView> views = PageViews.read(parse(body), clock);
        visits.save(views, clock.instant());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("accepted", views.size()));
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            throw BadInputException.malformed(null, "the body is empty; a page view object or an array is expected");
        }
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            throw BadInputException.malformed(null, "malformed JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        }
    }
}
