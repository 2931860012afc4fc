package dev.switchboard.plugins.feed;

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

    boolean any(String messagePart) {
        return errors.stream().anyMatch(e -> String.valueOf(e.getMessage()).contains(messagePart));
    }
}
