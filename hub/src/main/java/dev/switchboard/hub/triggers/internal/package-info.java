/** The JDBC side of sales triggers: account name keys and linking, triggers and their sources, mentions, digests. */
package dev.switchboard.hub.triggers.internal;
