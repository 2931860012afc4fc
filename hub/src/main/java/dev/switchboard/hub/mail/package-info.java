/**
 * Follow-up mail of web-form submissions: the {@code hub:mail/confirmation} verb renders the
 * confirmation from a Thymeleaf template in {@code <config>/templates}, attaches an iCalendar
 * invitation when a meeting was booked, and sends it over SMTP exactly once per submission
 * ({@code sent_mails}). An SMTP outage throws
 * {@link dev.switchboard.hub.errors.DownstreamUnavailableException}: the outbox event is delivered
 * again until the server is back. The embedded GreenMail server and {@code GET /api/mail/outbox}
 * let a newcomer see the mail without setting up SMTP.
 */
package dev.switchboard.hub.mail;
