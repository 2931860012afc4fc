/**
 * Web visits: {@code POST /track} (public, CORS-open) stores page views of anonymous visitors;
 * {@code hub:visits/attach} puts a visitor's earlier visits on the timeline of the contact or lead a
 * {@code form.submitted} event names, once the form carried the visitor id. The browser side is
 * {@code config/forms/examples/track.js}.
 */
package dev.switchboard.hub.visits;
