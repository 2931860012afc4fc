/**
 * The one error handling every route opts into with {@code routeConfigurationId: hub-error-handling}:
 * {@link dev.switchboard.hub.errors.BadInputException} answered with a 4xx naming each field, any
 * other exception redelivered with backoff and then kept in the dead letters, which
 * {@code /api/dead-letters} lists, deletes and replays.
 *
 * <p>Settings: {@code switchboard.errors.*} ({@link dev.switchboard.hub.errors.ErrorsProperties}).
 */
package dev.switchboard.hub.errors;
