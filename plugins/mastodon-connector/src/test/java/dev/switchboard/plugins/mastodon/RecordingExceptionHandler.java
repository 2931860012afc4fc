package dev.switchboard.plugins.mastodon;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.Exchange;
import org.apache.camel.spi.ExceptionHandler;

/** Bound as {@code #errors}: what Camel's consumer error handling was handed, for tests to wait on. */
final class RecordingExceptionHandler implements ExceptionHandler {

    final List<Throwable> errors = new CopyOnWriteArrayList<>();

    @Override
    public void handleException(Throwable exception) {
        errors.add(exception);
    }

    @Override
    public void handleException(String message, Throwable exception) {
        errors.add(exception);
    }

    @Override
    public void handleException(String message, Exchange exchange, Throwable exception) {
        errors.add(exception);
    }

    /** Every message handed over, each with the messages of its causes. */
    List<String> messages() {
        return errors.stream().map(e -> {
            StringBuilder all = new StringBuilder(String.valueOf(e.getMessage()));
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                all.append(" / ").append(cause.getMessage());
            }
            return all.toString();
        }).toList();
    }

    boolean any(String messagePart) {
        return errors.stream().anyMatch(e -> String.valueOf(e.getMessage()).contains(messagePart));
    }
}
