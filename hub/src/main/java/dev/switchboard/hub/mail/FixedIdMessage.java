package dev.switchboard.hub.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * A message whose Message-ID is derived from the source id of what it sends and survives every
 * save, so that the rare mail sent twice (the hub stopped between the SMTP server's acceptance and
 * the record of it) carries the same id as the original and the recipient's client can fold them.
 */
final class FixedIdMessage extends MimeMessage {

    private final String messageId;

    FixedIdMessage(JavaMailSender sender, String sourceId) {
        super(sender.createMimeMessage().getSession());
        this.messageId = messageId(sourceId);
    }

    /** {@code <sourceId@switchboard>}, with anything but letters, digits and {@code ._-} replaced by {@code _}. */
    static String messageId(String sourceId) {
        return "<" + sourceId.replaceAll("[^A-Za-z0-9._-]", "_") + "@switchboard>";
    }

    String messageId() {
        return messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }
}
