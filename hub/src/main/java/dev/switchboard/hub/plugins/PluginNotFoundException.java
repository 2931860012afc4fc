package dev.switchboard.hub.plugins;

/** No plugin with this id is installed (answered 404). */
final class PluginNotFoundException extends RuntimeException {

    PluginNotFoundException(String id) {
        super("no plugin with id '" + id + "' is installed");
    }
}
