package dev.switchboard.hub.crm.web;

import java.util.List;
import java.util.UUID;

import dev.switchboard.hub.crm.AccountView;
import dev.switchboard.hub.crm.ContactView;
import dev.switchboard.hub.crm.CrmStore;
import dev.switchboard.hub.crm.CrmStore.ContactQuery;
import dev.switchboard.hub.crm.CrmStore.Page;
import dev.switchboard.hub.crm.CrmStore.Subject;
import dev.switchboard.hub.crm.TaskView;
import dev.switchboard.hub.crm.TimelineEntry;
import dev.switchboard.hub.triggers.TriggerView;
import dev.switchboard.hub.triggers.Triggers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The read API over the CRM core. Every list is paged with {@code limit} (1-200) and {@code offset}. */
@RestController
@RequestMapping(path = "/api", produces = "application/json")
@Tag(name = "CRM", description = "contacts, accounts, their timelines, and tasks")
class CrmApi {

    /** The most recent triggers shown with an account. */
    private static final int ACCOUNT_TRIGGERS = 20;

    private final CrmStore store;
    private final Triggers triggers;

    CrmApi(CrmStore store, Triggers triggers) {
        this.store = store;
        this.triggers = triggers;
    }

    /** A window of a list. */
    record Paged<T>(List<T> items, int offset, int limit) {
    }

    /** A contact with one page of its timeline, newest first. */
    record ContactDetail(ContactView contact, Paged<TimelineEntry> timeline) {
    }

    /** An account with one page of its timeline and its latest sales triggers (with sources), newest first. */
    record AccountDetail(AccountView account, Paged<TimelineEntry> timeline, List<TriggerView> triggers) {
    }

    @GetMapping("/contacts")
    @Operation(summary = "Find contacts by e-mail, phone or text",
            description = "email and phone are normalized before matching (case, E.164); q matches names, e-mail and company")
    Paged<ContactView> contacts(@RequestParam(required = false) String email,
                                @RequestParam(required = false) String phone,
                                @Parameter(description = "text in first name, last name, e-mail or company")
                                @RequestParam(required = false) String q,
                                @RequestParam(defaultValue = "0") int offset,
                                @RequestParam(defaultValue = "50") int limit) {
        Page page = new Page(offset, limit);
        return new Paged<>(store.findContacts(new ContactQuery(email, phone, q), page), offset, limit);
    }

    @GetMapping("/contacts/{id}")
    @Operation(summary = "A contact and its timeline, newest first")
    ContactDetail contact(@PathVariable UUID id,
                                          @RequestParam(defaultValue = "0") int offset,
                                          @RequestParam(defaultValue = "20") int limit) {
        Page page = new Page(offset, limit);
        return store.contact(id)
                .map(c -> new ContactDetail(c, new Paged<>(
                        store.timeline(new Subject(Subject.Kind.CONTACT, id), page), offset, limit)))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no contact with id " + id));
    }

    @GetMapping("/accounts/{id}")
    @Operation(summary = "An account, its timeline and its latest 20 sales triggers, newest first")
    AccountDetail account(@PathVariable UUID id,
                                          @RequestParam(defaultValue = "0") int offset,
                                          @RequestParam(defaultValue = "20") int limit) {
        Page page = new Page(offset, limit);
        return store.account(id)
                .map(a -> new AccountDetail(a, new Paged<>(
                        store.timeline(new Subject(Subject.Kind.ACCOUNT, id), page), offset, limit),
                        triggers.find(id, null, null, 0, ACCOUNT_TRIGGERS)))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no account with id " + id));
    }

    @GetMapping("/tasks")
    @Operation(summary = "Tasks, by owner and status, soonest due first")
    Paged<TaskView> tasks(@RequestParam(required = false) String owner,
                          @Parameter(description = "open, done or cancelled") @RequestParam(required = false) String status,
                          @RequestParam(defaultValue = "0") int offset,
                          @RequestParam(defaultValue = "50") int limit) {
        Page page = new Page(offset, limit);
        return new Paged<>(store.tasks(owner, status, page), offset, limit);
    }
}
