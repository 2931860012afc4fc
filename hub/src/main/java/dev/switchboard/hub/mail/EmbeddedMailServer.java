package dev.switchboard.hub.mail;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The in-process demo SMTP server ({@code switchboard.mail.embedded-server.enabled}, default true):
 * GreenMail on {@code host:port}, keeping every received mail in memory until the hub stops, so that
 * {@code GET /api/mail/outbox} shows what the hub sent. It accepts mail for any address and delivers
 * nothing further; point {@code spring.mail.host} at a real server and disable it in production.
 */
@Component
@ConditionalOnProperty(name = "switchboard.mail.embedded-server.enabled", havingValue = "true", matchIfMissing = true)
public class EmbeddedMailServer implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMailServer.class);

    private final MailProperties.EmbeddedServer settings;
    private volatile GreenMail server;

    EmbeddedMailServer(MailProperties settings) {
        this.settings = settings.embeddedServer();
    }

    @Override
    public synchronized void start() {
        if (server == null) {
            GreenMail starting = new GreenMail(new ServerSetup(settings.port(), settings.host(),
                    ServerSetup.PROTOCOL_SMTP));
            try {
                starting.start();
            } catch (RuntimeException e) {
                // a demo aid must not stop the hub: mail waits in the outbox until an SMTP server answers
                LOG.warn("Embedded demo mail server could not listen on {}:{} ({}); it is not running",
                        settings.host(), settings.port(), e.getMessage());
                starting.stop();
                return;
            }
            server = starting;
            LOG.info("Embedded demo mail server listens on smtp://{}:{}; received mail: GET /api/mail/outbox",
                    settings.host(), settings.port());
        }
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    @Override
    public boolean isRunning() {
        return server != null;
    }

    @Override
    public int getPhase() {
        // before the web server and Camel's consumers start sending mail
        return -100;
    }

    /** Every mail received since the hub started, oldest first. */
    public List<MimeMessage> received() {
        GreenMail running = server;
        return running == null ? List.of() : Arrays.asList(running.getReceivedMessages());
    }
}
