package dev.switchboard.plugins.mastodon;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.camel.Exchange;
import org.apache.camel.spi.ExceptionHandler;

/** Bound as {@code #errors}: what Camel's consumer error handling was handed, for tests to wait on. */
final class RecordingExceptionHandler implements ExceptionHandler {

    final List<Throwable> errors = new CopyOnWriteArrayList<>();
    /** The handler's message (when one was given) and the exception's, for each call. */
    final List<String> messages = new CopyOnWriteArrayList<>();

    @Override
    public void handleException(Throwable exception) {
        handleException(null, exception);
    }

    @Override
    public void handleException(String message, Throwable exception) {
        errors.add(exception);
        messages.add((message == null ? "" : message + " / ") + exception.getMessage());
    }

    @Override
    public void handleException(String message, Exchange exchange, Throwable exception) {
        handleException(message, exception);
    }

    boolean any(String messagePart) {
        return messages.stream().anyMatch(m -> m.contains(messagePart));
    }
}
