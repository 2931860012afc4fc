package dev.switchboard.hub.forms;

import java.util.Map;

/**
 * A submission as it arrived, before validation.
 *
 * @param values  every submitted value as text, by field name (JSON booleans and numbers as their text)
 * @param rawBody the body exactly as sent ({@code ""} when the transport already consumed it); signed by HMAC forms
 * @param browser an HTML form post ({@code application/x-www-form-urlencoded} accepting {@code text/html})
 */
record RawSubmission(Map<String, String> values, String rawBody, boolean browser) {
}
