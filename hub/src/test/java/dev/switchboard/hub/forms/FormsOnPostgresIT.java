package dev.switchboard.hub.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.switchboard.hub.forms.FormHttp.Answer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The form migration and the intake's race handling on a real PostgreSQL (aborted transactions). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "switchboard.crm.owners[0].id=jana.novak", "switchboard.crm.owners[0].name=Jana",
        "switchboard.crm.owners[1].id=petr.svoboda", "switchboard.crm.owners[1].name=Petr",
        "switchboard.crm.owners[2].id=sales-cz", "switchboard.crm.owners[2].kind=team",
        "switchboard.crm.owners[2].name=Sales", "switchboard.crm.owners[2].members[0]=jana.novak",
        "switchboard.crm.owners[2].members[1]=petr.svoboda"})
class FormsOnPostgresIT {

    static EmbeddedPostgres postgres;

    @DynamicPropertySource
    static void home(DynamicPropertyRegistry registry) {
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FormHome.register(registry);
        registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    @AfterAll
    static void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void concurrentSubmissionsOfOnePersonMakeOneLeadWithOneOwner() throws Exception {
        FormHttp http = new FormHttp(port);
        String email = "pg-" + UUID.randomUUID() + "@example.com";
        String body = "{\"lastName\": \"Race\", \"email\": \"%s\", \"consentMarketing\": true}".formatted(email);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Callable<Answer>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String key = i % 2 == 0 ? "pg-key-" + email : null;
            calls.add(() -> key == null ? http.json("/forms/visit-booking", body)
                    : http.json("/forms/visit-booking", body, "Idempotency-Key", key));
        }
        try {
            for (Future<Answer> answer : pool.invokeAll(calls)) {
                assertThat(answer.get().status()).isEqualTo(202);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM leads WHERE email = ?", Integer.class, email)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM form_submissions WHERE idempotency_key = ?", Integer.class,
                "pg-key-" + email)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT owner_id FROM leads WHERE email = ?", String.class, email))
                .isIn("jana.novak", "petr.svoboda");
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT t.owner_id) FROM tasks t JOIN leads l ON l.id = t.lead_id "
                + "WHERE l.email = ?", Integer.class, email)).as("every follow-up task goes to the lead's owner").isEqualTo(1);
    }
}
