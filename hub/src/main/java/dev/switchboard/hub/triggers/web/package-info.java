/** The read API of sales triggers: {@code GET /api/triggers}. */
package dev.switchboard.hub.triggers.web;
