package dev.switchboard.hub.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.switchboard.hub.crm.CrmStore;
import dev.switchboard.hub.events.Outbox;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The route web-form-followups against a real SMTP server (GreenMail, owned by this class and so in
 * a Spring context of its own): one confirmation per submission, with a valid invitation; none
 * without a confirmation; a mail outage delays the mail and never loses or duplicates it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "switchboard.mail.embedded-server.enabled=false")
class MailFollowUpTest {

    static final Duration WAIT = Duration.ofSeconds(15);
    static final int SMTP_PORT = FollowUpHome.freePort();
    static GreenMail smtp = start();

    @DynamicPropertySource
    static void home(DynamicPropertyRegistry registry) {
        FollowUpHome.register(registry);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired
    CrmStore store;
    @Autowired
    Outbox outbox;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    static GreenMail start() {
        GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    @AfterAll
    static void stop() {
        smtp.stop();
    }

    @BeforeEach
    void emptyMailboxes() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
    }

    static Map<String, Object> meeting(String title) {
        return Map.of("start", "2026-12-01T13:30:00Z", "durationMinutes", 45, "location", "Prague office, Na Poříčí 1",
                "title", title);
    }

    private UUID submit(String submissionId, String email, Map<String, Object> fields, Map<String, Object> meeting,
                        boolean confirm) {
        UUID contact = FollowUpHome.contact(store, email);
        FollowUpHome.append(transactions, outbox, contact,
                FollowUpHome.payload(submissionId, contact, email, fields, meeting, confirm, null));
        return contact;
    }

    private MimeMessage[] to(String email) {
        return java.util.Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(email);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toArray(MimeMessage[]::new);
    }

    @Test
    void aBookedVisitGetsOneConfirmationWithSummaryAndAValidInvitation() throws Exception {
        String title = "Visit of the Prague showroom with a long title that certainly needs folding – čeština ok";
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("company", "Analytical Engines Ltd");
        fields.put("message", "See you there");
        submit("sub-meeting-1", "ada@meeting.example", fields, meeting(title), true);

        await().atMost(WAIT).until(() -> to("ada@meeting.example").length == 1);
        MimeMessage mail = to("ada@meeting.example")[0];
        assertThat(mail.getSubject()).isEqualTo("Your visit is booked");
        assertThat(mail.getMessageID()).isEqualTo("<confirmation-sub-meeting-1@switchboard>");
        String html = part(mail, "text/html");
        assertThat(html).contains("Analytical Engines Ltd", "See you there", "2026-12-01 13:30 UTC", "45",
                "Prague office, Na Poříčí 1", "Jana Nováková");
        assertThat(part(mail, "text/plain")).contains("company: Analytical Engines Ltd");

        String ics = attachment(mail, "invite.ics");
        assertThat(FollowUpHome.lines(ics)).allSatisfy(line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(ics).contains("\r\n ").endsWith("END:VCALENDAR\r\n").doesNotContain("\n\n");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
        Component event = calendar.getComponents(Component.VEVENT).get(0);
        assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo("sub-meeting-1@switchboard");
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20261201T133000Z");
        assertThat(event.getProperty(Property.DTEND).orElseThrow().getValue()).isEqualTo("20261201T141500Z");
        assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo(title);
        assertThat(event.getProperty(Property.LOCATION).orElseThrow().getValue()).isEqualTo("Prague office, Na Poříčí 1");
        Property organizer = event.getProperty(Property.ORGANIZER).orElseThrow();
        assertThat(organizer.getValue()).isEqualTo("mailto:jana@example.com");
        assertThat(organizer.getParameter("CN").orElseThrow().getValue()).isEqualTo("Jana Nováková");
        assertThat(event.getProperty(Property.ATTENDEE).orElseThrow().getValue()).isEqualTo("mailto:ada@meeting.example");
    }

    @Test
    void aSubmissionWithoutConfirmationSendsNoMail() {
        submit("sub-quiet", "quiet@example.com", Map.of("message", "no mail please"), null, false);
        submit("sub-after-quiet", "after-quiet@example.com", Map.of("message", "hello"), null, true);

        // events are delivered in order: once the later one is mailed, the first was handled
        await().atMost(WAIT).until(() -> to("after-quiet@example.com").length == 1);
        assertThat(to("quiet@example.com")).isEmpty();
        assertThat(sentCount("confirmation-sub-quiet")).isZero();
    }

    @Test
    void aSubmissionDeliveredTwiceIsMailedOnce() {
        submit("sub-twice", "twice@example.com", Map.of("message", "once"), null, true);
        submit("sub-twice", "twice@example.com", Map.of("message", "once"), null, true);
        submit("sub-after-twice", "after-twice@example.com", Map.of(), null, true);

        await().atMost(WAIT).until(() -> to("after-twice@example.com").length == 1);
        assertThat(to("twice@example.com")).hasSize(1);
        assertThat(sentCount("confirmation-sub-twice")).isEqualTo(1);
    }

    @Test
    void htmlInSubmittedFieldsIsEscaped() throws Exception {
        submit("sub-html", "html@example.com", Map.of("message", "<script>alert('x')</script><b>bold</b>"),
                null, true);

        await().atMost(WAIT).until(() -> to("html@example.com").length == 1);
        String html = part(to("html@example.com")[0], "text/html");
        assertThat(html).doesNotContain("<script>", "<b>bold")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;b&gt;bold&lt;/b&gt;");
    }

    @Test
    void aMailOutageDelaysTheConfirmationAndSendsItExactlyOnce() throws Exception {
        smtp.stop();
        try {
            submit("sub-outage", "outage@example.com", Map.of("message", "during the outage"), null, true);

            // retried again and again, yet neither sent nor given up (no dead letter)
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() ->
                    sentCount("confirmation-sub-outage") == 0 && deadLetters() == 0);
        } finally {
            smtp = start();
        }
        await().atMost(WAIT).until(() -> to("outage@example.com").length == 1);
        // the send is recorded after the server took the mail: wait for the record too
        await().atMost(WAIT).until(() -> sentCount("confirmation-sub-outage") == 1);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                .until(() -> to("outage@example.com").length == 1);
    }

    private int sentCount(String sourceId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM sent_mails WHERE source_id = ?", Integer.class, sourceId);
    }

    private int deadLetters() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM dead_letters", Integer.class);
    }

    static String part(Part part, String mimeType) throws Exception {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = part(multipart.getBodyPart(i), mimeType);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        return part.isMimeType(mimeType) && part.getFileName() == null ? String.valueOf(part.getContent()) : null;
    }

    static String attachment(Part part, String name) throws Exception {
        if (name.equals(part.getFileName())) {
            try (InputStream in = part.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = attachment(multipart.getBodyPart(i), name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
