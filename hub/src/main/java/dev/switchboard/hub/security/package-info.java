/**
 * Who may call the hub: every HTTP path needs the admin key in header {@code X-Api-Key}, except the
 * public ones ({@code /actuator/health} and what {@code switchboard.security.public-paths} adds).
 */
package dev.switchboard.hub.security;
