/**
 * Web forms: forms declared in {@code <config-dir>/forms/<form-id>.yaml} ({@link dev.switchboard.hub.forms.FormRegistry}),
 * taken in by the hub verb {@code hub:form/intake} (route {@code web-form-intake}): validated,
 * normalized, matched to a known person, recorded with consents, assigned to an owner and announced
 * as the outbox event {@code form.submitted}.
 */
package dev.switchboard.hub.forms;
