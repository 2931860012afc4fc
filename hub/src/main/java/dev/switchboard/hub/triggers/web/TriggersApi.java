package dev.switchboard.hub.triggers.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import dev.switchboard.hub.crm.CrmStore.Page;
import dev.switchboard.hub.errors.BadInputException;
import dev.switchboard.hub.errors.BadInputException.Problem;
import dev.switchboard.hub.triggers.TriggerView;
import dev.switchboard.hub.triggers.Triggers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/triggers}: sales triggers with their sources. */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
@Tag(name = "Triggers", description = "sales triggers found in news and social posts, with their sources")
class TriggersApi {

    private final Triggers triggers;

    TriggersApi(Triggers triggers) {
        this.triggers = triggers;
    }

    /** A window of triggers. */
    record Paged(List<TriggerView> items, int offset, int limit) {
    }

    @GetMapping("/triggers")
    @Operation(summary = "Sales triggers, newest first",
            description = "Each trigger is one event at one account (sources within the dedup window collapse into it), "
                    + "with every document that reported it.")
    Paged find(@Parameter(description = "account id") @RequestParam(required = false) UUID account,
               @Parameter(description = "hiring, funding, product_launch, expansion or leadership_change")
               @RequestParam(required = false) String type,
               @Parameter(description = "ISO-8601 instant: only triggers last seen at or after it")
               @RequestParam(required = false) String since,
               @RequestParam(defaultValue = "0") int offset,
               @RequestParam(defaultValue = "50") int limit) {
        Page page = new Page(offset, limit);
        return new Paged(triggers.find(account, blankToNull(type), instant(since), page.offset(), page.limit()),
                offset, limit);
    }

    private static Instant instant(String since) {
        if (since == null || since.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(since.strip());
        } catch (DateTimeParseException e) {
            throw BadInputException.malformed("since", "an ISO-8601 instant such as 2026-11-22T00:00:00Z, got '"
                    + since + "'");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
