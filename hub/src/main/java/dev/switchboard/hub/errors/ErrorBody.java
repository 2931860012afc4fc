package dev.switchboard.hub.errors;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The JSON every 4xx and 5xx answer of the hub carries, from the admin API and from routes alike:
 * {@code {"status": 422, "error": "contact.email: not an e-mail address", "problems": [{"field": ..., "message": ...}]}}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ErrorBody(int status, String error, List<BadInputException.Problem> problems) {

    public static ErrorBody of(BadInputException e) {
        return new ErrorBody(e.status(), e.getMessage(), e.problems());
    }

    public static ErrorBody of(int status, String error) {
        return new ErrorBody(status, error, List.of());
    }
}
