package dev.switchboard.hub.errors;

import java.util.List;

/**
 * Input a client must fix: never retried, never dead-lettered, answered with a 4xx naming every
 * problem. Thrown by hub verbs and API endpoints alike.
 */
public class BadInputException extends RuntimeException {

    /** One problem with the input. {@code field} is a dotted path ({@code contact.email}) or {@code null} for the whole body. */
    public record Problem(String field, String message) {
    }

    private final int status;
    private final transient List<Problem> problems;

    public BadInputException(int status, List<Problem> problems) {
        super(describe(problems));
        this.status = status;
        this.problems = List.copyOf(problems);
    }

    /** A 422: the input is well-formed but these fields are invalid. */
    public static BadInputException invalid(List<Problem> problems) {
        return new BadInputException(422, problems);
    }

    /** A 400: the input cannot be read at all, or has a field that is not allowed. */
    public static BadInputException malformed(String field, String message) {
        return new BadInputException(400, List.of(new Problem(field, message)));
    }

    /** The same problems with their field paths under {@code prefix} ({@code email} becomes {@code contact.email}). */
    public BadInputException under(String prefix) {
        if (prefix == null || prefix.isEmpty()) {
            return this;
        }
        List<Problem> moved = problems.stream()
                .map(p -> new Problem(p.field() == null ? prefix : prefix + "." + p.field(), p.message()))
                .toList();
        BadInputException e = new BadInputException(status, moved);
        e.initCause(this);
        return e;
    }

    public int status() {
        return status;
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String describe(List<Problem> problems) {
        StringBuilder text = new StringBuilder();
        for (Problem p : problems) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(p.field() == null ? "" : p.field() + ": ").append(p.message());
        }
        return text.toString();
    }
}
