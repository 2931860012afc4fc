/**
 * Identity: is this person already known? {@link dev.switchboard.hub.identity.IdentityMatcher}
 * answers for one incoming person (a web form submission) against the CRM, and clusters a batch of
 * records (the step before importing data from another system) with the same rules.
 */
package dev.switchboard.hub.identity;
