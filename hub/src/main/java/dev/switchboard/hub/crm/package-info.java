/**
 * The CRM core: the {@link dev.switchboard.hub.crm.CrmStore} port and its built-in JDBC adapter
 * (H2 by default, PostgreSQL in production, one set of migrations). Every change writes its outbox
 * event in the same transaction.
 */
package dev.switchboard.hub.crm;
