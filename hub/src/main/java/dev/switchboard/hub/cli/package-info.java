/**
 * The jar's sub-commands: {@code run} (the default) starts the hub; {@code validate} checks the
 * home's route files and configuration without starting anything.
 */
package dev.switchboard.hub.cli;
