package dev.switchboard.sdk.camel.polling;

import java.util.List;
import java.util.Map;

import dev.switchboard.sdk.PluginContext;
import dev.switchboard.sdk.config.ConfigOption;
import dev.switchboard.sdk.config.ConfigProblem;
import dev.switchboard.sdk.config.ConfigType;

class ItemsConnectorProvider extends PollingSourceConnectorProvider<ItemsComponent> {

    static final String REPOSITORY = "items-seen";
    static final String BATCH = "batch";

    static final List<ConfigOption> OPTIONS = List.of(
            ConfigOption.optional(USER_AGENT, ConfigType.STRING, ItemsComponent.DEFAULT_USER_AGENT, "User-Agent"),
            ConfigOption.optional(TIMEOUT, ConfigType.DURATION, "30s", "request timeout"),
            ConfigOption.optional(DELAY, ConfigType.DURATION, "1m", "time between polls"),
            ConfigOption.optional(BATCH, ConfigType.INT, "10", "most items per poll"));

    /** The context {@link #createComponent} was given. */
    PluginContext createdWith;

    ItemsConnectorProvider() {
        super("items", REPOSITORY, "the item servers");
    }

    @Override
    public String id() {
        return "items";
    }

    @Override
    public String description() {
        return "Items of a list, for the tests";
    }

    @Override
    public List<ConfigOption> configuration() {
        return OPTIONS;
    }

    @Override
    public List<ConfigProblem> validate(Map<String, Object> values) {
        List<ConfigProblem> problems = super.validate(values);
        if (values.get(BATCH) instanceof Integer n && n < 1) {
            problems.add(new ConfigProblem(BATCH, "must be at least 1, is " + n));
        }
        return problems;
    }

    @Override
    protected ItemsComponent createComponent(PluginContext context) {
        createdWith = context;
        return new ItemsComponent();
    }
}
