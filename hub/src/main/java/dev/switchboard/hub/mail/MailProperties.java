package dev.switchboard.hub.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the follow-up mail. The SMTP client itself is configured with {@code spring.mail.*}
 * (host, port, username); its password comes from the environment ({@code SPRING_MAIL_PASSWORD}).
 *
 * @param from           sender of confirmation mails; default {@code Switchboard <noreply@switchboard.local>}
 * @param embeddedServer the in-process demo SMTP server
 */
@ConfigurationProperties("switchboard.mail")
public record MailProperties(
        @DefaultValue("Switchboard <noreply@switchboard.local>") String from,
        @DefaultValue EmbeddedServer embeddedServer) {

    /**
     * An in-process GreenMail SMTP server that keeps what it receives in memory, so that the demo
     * shows sent mail at {@code GET /api/mail/outbox} without any set-up. Not for production.
     *
     * @param enabled default true; set false when {@code spring.mail.host} is a real server
     * @param host    address it binds; default 127.0.0.1
     * @param port    SMTP port; default 3025
     */
    public record EmbeddedServer(@DefaultValue("true") boolean enabled, @DefaultValue("127.0.0.1") String host,
                                 @DefaultValue("3025") int port) {
    }
}
