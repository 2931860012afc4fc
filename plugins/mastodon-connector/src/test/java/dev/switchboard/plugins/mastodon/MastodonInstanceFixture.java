package dev.switchboard.plugins.mastodon;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.nio.file.Path;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The set-up that the tests against a Mastodon instance share: WireMock answering as the instance
 * (one server per test class, stubs reset before each test), and a fresh {@link MastodonTestBed}
 * over a temporary state directory for each test, closed after it.
 */
abstract class MastodonInstanceFixture {

    @RegisterExtension
    static WireMockExtension wireMock = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path state;
    MastodonTestBed bed;
    /** Statuses that link to this test's instance. */
    TestStatuses s;

    @BeforeEach
    void openTestBed() {
        bed = new MastodonTestBed(wireMock, state);
        s = bed.statuses;
    }

    @AfterEach
    void closeTestBed() {
        bed.close();
    }
}
