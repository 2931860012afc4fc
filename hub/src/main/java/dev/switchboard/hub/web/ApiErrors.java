package dev.switchboard.hub.web;

import dev.switchboard.hub.errors.BadInputException;
import dev.switchboard.hub.errors.ErrorBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns exceptions from the admin API into {@link ErrorBody} answers: the client's mistakes become
 * a 4xx naming the parameter or field; a bug becomes a 500 whose details go to the log only.
 */
@RestControllerAdvice
class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(BadInputException.class)
    ResponseEntity<ErrorBody> badInput(BadInputException e) {
        return ResponseEntity.status(e.status()).body(ErrorBody.of(e));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ErrorBody> typeMismatch(MethodArgumentTypeMismatchException e) {
        return answer(400, "parameter '" + e.getName() + "': '" + e.getValue() + "' is not a valid "
                + (e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName()));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ErrorBody> missing(MissingServletRequestParameterException e) {
        return answer(400, "parameter '" + e.getParameterName() + "' is required");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ErrorBody> unreadable(HttpMessageNotReadableException e) {
        return answer(400, "the request body is not valid JSON: " + e.getMostSpecificCause().getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ErrorBody> illegal(IllegalArgumentException e) {
        return answer(400, e.getMessage());
    }

    /** Spring MVC's own answers (unknown path, wrong method, unsupported media type, ...) in our shape; else a bug. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ErrorBody> other(Exception e) {
        if (e instanceof ErrorResponse response && response.getStatusCode().value() < 500) {
            HttpStatusCode status = response.getStatusCode();
            String detail = response.getBody().getDetail();
            return answer(status.value(), detail == null ? e.getMessage() : detail);
        }
        LOG.error("admin API request failed", e);
        return answer(500, "internal error; the hub's log has the details");
    }

    private static ResponseEntity<ErrorBody> answer(int status, String message) {
        return ResponseEntity.status(status).body(ErrorBody.of(status, message));
    }
}
