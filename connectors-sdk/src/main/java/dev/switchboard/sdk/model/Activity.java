package dev.switchboard.sdk.model;

import java.time.Instant;

/**
 * One touchpoint on a timeline: a web form, a web visit, an e-mail, a call, a social mention, an
 * ERP order or invoice, a detected trigger. {@code (sourceSystem, sourceId)} identifies it: logging
 * the same activity twice records it once.
 *
 * @param type         what happened ({@code web-form}, {@code email-in}, {@code call}, {@code webhook}, ...)
 * @param channel      through which channel ({@code web}, {@code email}, {@code phone}, {@code social}, {@code erp})
 * @param occurredAt   when it happened at the source
 * @param subject      one line for the timeline
 * @param summary      a longer text, may be {@code null}
 * @param payloadJson  the source's own data as a JSON document, may be {@code null}
 * @param sourceSystem the system the activity comes from
 * @param sourceId     the activity's id in that system
 */
public record Activity(String type, String channel, Instant occurredAt, String subject, String summary,
                       String payloadJson, String sourceSystem, String sourceId) {
}
