package dev.switchboard.hub.triggers;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The trigger contract on H2 in PostgreSQL mode, the embedded default. */
class TriggersH2Test extends TriggersContract {

    @DynamicPropertySource
    static void home(DynamicPropertyRegistry registry) {
        TriggersHome.register(registry);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Override
    boolean someoneWaitsForALock() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL",
                Integer.class) > 0;
    }
}
