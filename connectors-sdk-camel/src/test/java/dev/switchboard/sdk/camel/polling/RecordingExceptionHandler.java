package dev.switchboard.sdk.camel.polling;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.spi.ExceptionHandler;

/** Keeps what a consumer reports: the message and the exception's message. */
final class RecordingExceptionHandler implements ExceptionHandler {

    final List<String> messages = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void handleException(Throwable exception) {
        handleException(null, null, exception);
    }

    @Override
    public void handleException(String message, Throwable exception) {
        handleException(message, null, exception);
    }

    @Override
    public void handleException(String message, Exchange exchange, Throwable exception) {
        messages.add(message + " | " + exception.getMessage());
    }
}
