package dev.switchboard.hub.mail;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * One mail the embedded server received, as {@code GET /api/mail/outbox} lists it.
 *
 * @param text the plain-text part, else the HTML part, else null
 */
public record ReceivedMail(String messageId, String from, List<String> to, String subject, Instant sentAt,
                           List<String> attachments, String text) {

    static ReceivedMail of(MimeMessage message) throws MessagingException, IOException {
        Parts parts = new Parts();
        parts.walk(message);
        return new ReceivedMail(message.getMessageID(), addresses(message.getFrom()).stream().findFirst().orElse(null),
                addresses(message.getAllRecipients()), message.getSubject(),
                message.getSentDate() == null ? null : message.getSentDate().toInstant(), parts.attachments,
                parts.plain != null ? parts.plain : parts.html);
    }

    private static List<String> addresses(Address[] addresses) {
        return addresses == null ? List.of() : Arrays.stream(addresses).map(Address::toString).toList();
    }

    /** Walks a MIME tree for its text and the names of its attachments. */
    private static final class Parts {
        private final List<String> attachments = new ArrayList<>();
        private String plain;
        private String html;

        void walk(Part part) throws MessagingException, IOException {
            if (part.getFileName() != null) {
                attachments.add(part.getFileName());
            } else if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    walk(multipart.getBodyPart(i));
                }
            } else if (part.isMimeType("text/plain") && plain == null) {
                plain = String.valueOf(part.getContent());
            } else if (part.isMimeType("text/html") && html == null) {
                html = String.valueOf(part.getContent());
            }
        }
    }
}
