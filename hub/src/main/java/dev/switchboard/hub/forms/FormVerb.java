package dev.switchboard.hub.forms;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.hub.crm.CrmProperties;
import dev.switchboard.hub.errors.BadInputException;
import dev.switchboard.hub.errors.BadInputException.Problem;
import dev.switchboard.hub.forms.FormAuth.Credentials;
import dev.switchboard.hub.verbs.HubComponent;
import dev.switchboard.hub.verbs.VerbEndpoint;
import dev.switchboard.hub.verbs.HubEndpointFactory;
import dev.switchboard.hub.verbs.HubHeaders;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.springframework.stereotype.Component;

/**
 * {@code hub:form/intake} and {@code hub:form/withdraw}: the web form verbs, used after
 * {@code platform-http:/forms/{formId}} (header {@code formId}). They answer the request themselves:
 * intake 202 {@code {submissionId, contactId, leadId (when linked), matchedBy, status}}, or 303 to the form's
 * thank-you URL for a browser post; 404 unknown form, 415, 400, 422 (every invalid field), 401/403
 * (authentication), 429 with {@code Retry-After}. A filled honeypot is answered 202 and stores nothing.
 */
@Component
class FormVerb implements HubEndpointFactory {

    static final String FORM_ID = "formId";

    private final FormRegistry registry;
    private final FormIntake intake;
    private final FormWithdrawal withdrawal;
    private final FormAuth auth;
    private final SubmissionReader reader;
    private final SubmissionValidator validator;
    private final ObjectMapper json;

    FormVerb(FormRegistry registry, FormIntake intake, FormWithdrawal withdrawal, FormAuth auth, ObjectMapper json,
             CrmProperties crm) {
        this.registry = registry;
        this.intake = intake;
        this.withdrawal = withdrawal;
        this.auth = auth;
        this.json = json;
        this.reader = new SubmissionReader(json);
        this.validator = new SubmissionValidator(crm.defaultPhoneRegion());
    }

    @Override
    public String verb() {
        return "form";
    }

    @Override
    public Endpoint create(String uri, HubComponent component, String path, Map<String, Object> parameters) {
        return switch (path) {
            case "intake" -> new VerbEndpoint(uri, component, this::intake);
            case "withdraw" -> new VerbEndpoint(uri, component, this::withdraw);
            default -> throw new IllegalArgumentException("unknown form operation 'form/" + path + "' in " + uri
                    + "; known: form/intake, form/withdraw");
        };
    }

    private void intake(Exchange exchange) throws Exception {
        FormDefinition form = form(exchange);
        RawSubmission raw = reader.read(exchange, form);
        ClientRequest client = ClientRequest.of(exchange);
        if (refused(exchange, form, client, raw)) {
            return;
        }
        String honeypot = form.auth().honeypot();
        if (honeypot != null && raw.values().get(honeypot) != null && !raw.values().get(honeypot).isBlank()) {
            answer(exchange, form, raw, new FormAnswer(UUID.randomUUID().toString(), null, null, null, "accepted"));
            return;
        }
        Map<String, Object> fields = validator.validate(form, raw.values());
        String key = client.header(HubHeaders.IDEMPOTENCY_KEY);
        if (key == null) {
            key = blankToNull(raw.values().get(FormIntake.SUBMISSION_ID));
        }
        if (key != null && key.length() > 200) {
            throw BadInputException.malformed(HubHeaders.IDEMPOTENCY_KEY, "longer than 200 characters");
        }
        String visitor = blankToNull(raw.values().get(FormIntake.VISITOR_ID));
        Submission submission = new Submission(fields, key, visitor != null ? visitor : client.cookie(FormIntake.VISITOR_ID),
                SubmissionValidator.meetingStart(form, fields), client.ip(), client.header("User-Agent"));
        answer(exchange, form, raw, intake.submit(form, submission));
    }

    private void withdraw(Exchange exchange) throws Exception {
        FormDefinition form = form(exchange);
        RawSubmission raw = reader.read(exchange, form);
        ClientRequest client = ClientRequest.of(exchange);
        if (refused(exchange, form, client, raw)) {
            return;
        }
        Map<String, Object> result = withdrawal.withdraw(raw.values().get("email"), raw.values().get("purpose"),
                "form:" + form.id(), client.ip(), client.header("User-Agent"));
        // the same answer whether the address is known or not: a public form must not reveal who is
        write(exchange, 202, Map.of("status", "accepted", "purpose", result.get("purpose")));
    }

    /** Authenticates (401/403 thrown); answers 429 itself, with Retry-After, and then returns true. */
    private boolean refused(Exchange exchange, FormDefinition form, ClientRequest client, RawSubmission raw)
            throws Exception {
        long wait = auth.check(form, new Credentials(client.header("X-Api-Key"), client.header("X-Signature"),
                client.header("X-Timestamp"), client.header("Origin"), client.ip()), raw.rawBody());
        if (wait > 0) {
            write(exchange, 429, Map.of("status", 429, "error", "too many submissions; try again in " + wait + " s"));
            exchange.getMessage().setHeader("Retry-After", String.valueOf(wait));
        }
        return wait > 0;
    }

    private FormDefinition form(Exchange exchange) {
        String id = exchange.getMessage().getHeader(FORM_ID, String.class);
        return registry.find(id == null ? "" : id).orElseThrow(() -> new BadInputException(404,
                List.of(new Problem(null, "no form '" + id + "'"))));
    }

    private void answer(Exchange exchange, FormDefinition form, RawSubmission raw, FormAnswer answer) throws Exception {
        if (raw.browser() && form.thankYouUrl() != null) {
            exchange.getMessage().removeHeaders("*");
            exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 303);
            exchange.getMessage().setHeader("Location", form.thankYouUrl());
            exchange.getMessage().setBody("");
            return;
        }
        write(exchange, 202, answer);
    }

    private void write(Exchange exchange, int status, Object body) throws Exception {
        Message message = exchange.getMessage();
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        message.setHeader(Exchange.CONTENT_TYPE, "application/json");
        message.setBody(json.writeValueAsString(body));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
