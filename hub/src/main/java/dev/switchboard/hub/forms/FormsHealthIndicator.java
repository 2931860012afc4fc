package dev.switchboard.hub.forms;

import java.util.List;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/** Health contributor {@code forms}: UP, or DEGRADED (HTTP 200) listing the form files that fail to read. */
@Component("formsHealthIndicator")
class FormsHealthIndicator implements HealthIndicator {

    private final FormRegistry registry;

    FormsHealthIndicator(FormRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Health health() {
        List<FormProblem> problems = registry.problems();
        Health.Builder health = problems.isEmpty() ? Health.up()
                : Health.status(new Status("DEGRADED", "form files failed to read"))
                        .withDetail("errors", problems.stream().map(FormProblem::toString).toList());
        return health.withDetail("forms", registry.forms().keySet().stream().sorted().toList()).build();
    }
}
