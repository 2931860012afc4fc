/**
 * Sales triggers: documents (news items, social posts, anything POSTed to {@code /ingest/documents})
 * are run through the detectors, their company mentions linked to CRM accounts, and what they
 * report recorded as triggers with their sources, a timeline activity, a task for the account owner
 * and the event {@code trigger.detected}, in one transaction per document and once per document id.
 * Watch lists turn matching social posts into {@code social-mention} activities; a daily digest
 * mails opted-in owners the triggers on their accounts. JDBC lives in {@code internal}.
 */
package dev.switchboard.hub.triggers;
