/**
 * The {@code hub:} Camel component: the CRM-specific steps offered to routes. Each verb is a
 * {@link dev.switchboard.hub.verbs.HubEndpointFactory} bean; the logic lives in tested Java and the
 * routes stay short and declarative. {@link dev.switchboard.hub.verbs.HubHeaders} lists the
 * headers the verbs read and set.
 */
package dev.switchboard.hub.verbs;
