package dev.switchboard.hub.forms;

/**
 * A problem in a form file, for the admin who edits it.
 *
 * @param file    file name in the forms folder
 * @param line    1-based line, or {@code null}
 * @param message what is wrong
 */
public record FormProblem(String file, Integer line, String message) {

    @Override
    public String toString() {
        return file + (line == null ? "" : ":" + line) + ": " + message;
    }
}
