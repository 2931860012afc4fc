package dev.switchboard.sdk.model;

import java.time.Instant;

/**
 * A person's consent, or its refusal or withdrawal, for one purpose.
 *
 * @param purpose     {@code marketing}, {@code sales-contact}, ...
 * @param granted     true when given, false when refused or withdrawn
 * @param textVersion the version of the consent text the person saw
 * @param source      where it was given ({@code form:visit-booking})
 * @param occurredAt  when
 * @param ip          the client's address, when known
 * @param userAgent   the client's user agent, when known
 */
public record Consent(String purpose, boolean granted, String textVersion, String source, Instant occurredAt,
                      String ip, String userAgent) {
}
