package dev.switchboard.hub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.switchboard.hub.TestHome;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@code POST /api/identity/dedupe} over real HTTP: CSV and JSON, errors, the admin key. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdentityDedupeApiTest {

    static final String CSV = """
            record_id,source,first_name,last_name,email,phone,company,city
            1,erp,Jana,Nováková,info@firma.cz,,"Firma, s.r.o.",Praha
            2,web,Eva,Malá,info@firma.cz,,Firma,Praha
            3,web,Jana,Novakova,INFO@firma.cz,+420 601 123 456,,
            4,erp,Иван,Петров,,,,
            """;

    @DynamicPropertySource
    static void home(DynamicPropertyRegistry registry) {
        TestHome.register(registry);
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> post(String contentType, String body, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/identity/dedupe"))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("X-Api-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void csvInCsvOutInInputOrder() throws Exception {
        HttpResponse<String> response = post("text/csv", CSV, TestHome.ADMIN_KEY);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
        assertThat(response.body()).isEqualTo("record_id,cluster_id\n1,1\n2,2\n3,1\n4,4\n");
    }

    @Test
    void jsonInJsonOut() throws Exception {
        HttpResponse<String> response = post("application/json", """
                [{"record_id":"b","first_name":"Jan","last_name":"Novák","email":"jan@x.cz"},
                 {"record_id":"a","first_name":"Jan","last_name":"Novak","email":"JAN@x.cz"}]""", TestHome.ADMIN_KEY);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("[{\"record_id\":\"b\",\"cluster_id\":\"a\"},"
                + "{\"record_id\":\"a\",\"cluster_id\":\"a\"}]");
    }

    @Test
    void badCsvIsA400NamingTheLine() throws Exception {
        HttpResponse<String> header = post("text/csv", "id,name\n1,x\n", TestHome.ADMIN_KEY);
        assertThat(header.statusCode()).isEqualTo(400);
        assertThat(header.body()).contains("line 1").contains("record_id,source,first_name");
        HttpResponse<String> columns = post("text/csv", CSV + "5,erp,Jan\n", TestHome.ADMIN_KEY);
        assertThat(columns.statusCode()).isEqualTo(400);
        assertThat(columns.body()).contains("line 6: 3 columns, the header has 8");
    }

    @Test
    void batchesMayBeLargerThanOtherRequests() throws Exception {
        StringBuilder csv = new StringBuilder("record_id,source,first_name,last_name,email,phone,company,city\n");
        for (int i = 0; i < 15_000; i++) {
            csv.append(i).append(",import,,,person").append(i).append("@example.com,+420 601 ")
                    .append(100_000 + i).append(",Company ").append(i).append(" s.r.o.,Praha\n");
        }
        assertThat(csv.length()).isGreaterThan(1024 * 1024);
        HttpResponse<String> response = post("text/csv", csv.toString(), TestHome.ADMIN_KEY);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body().lines()).hasSize(15_001).contains("14999,14999");
    }

    @Test
    void needsTheAdminKey() throws Exception {
        assertThat(post("text/csv", CSV, null).statusCode()).isEqualTo(401);
    }
}
