package dev.switchboard.plugins.triggers;

import java.util.List;

import dev.switchboard.plugins.triggers.engine.Settings;
import dev.switchboard.sdk.PluginContext;
import dev.switchboard.sdk.config.ConfigOption;
import dev.switchboard.sdk.config.ConfigType;
import dev.switchboard.sdk.config.PluginConfig;

/** The keys of {@code config/plugins/trigger-detectors.yaml}, shared by all five detectors. */
public final class DetectorOptions {

    public static final String MIN_CONFIDENCE = "min-confidence";
    public static final String MAX_TEXT_LENGTH = "max-text-length";

    static final List<ConfigOption> OPTIONS = List.of(
            ConfigOption.optional(MIN_CONFIDENCE, ConfigType.DOUBLE, String.valueOf(Settings.DEFAULT_MIN_CONFIDENCE),
                    "detections less confident than this (0 to 1) are not reported"),
            ConfigOption.optional(MAX_TEXT_LENGTH, ConfigType.INT, String.valueOf(Settings.DEFAULT_MAX_TEXT_LENGTH),
                    "how many chars from the start of a document are analysed (the rest is ignored)"));

    private DetectorOptions() {
    }

    /** The settings from the validated configuration; a value out of range is reported and replaced by its default. */
    static Settings settings(PluginContext context) {
        PluginConfig config = context.config();
        double minConfidence = config.decimal(MIN_CONFIDENCE).orElse(Settings.DEFAULT_MIN_CONFIDENCE);
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            context.logger().warn("{}: {} is not between 0 and 1; using {}", MIN_CONFIDENCE, minConfidence,
                    Settings.DEFAULT_MIN_CONFIDENCE);
            minConfidence = Settings.DEFAULT_MIN_CONFIDENCE;
        }
        int maxTextLength = config.integer(MAX_TEXT_LENGTH).orElse(Settings.DEFAULT_MAX_TEXT_LENGTH);
        if (maxTextLength < 1) {
            context.logger().warn("{}: {} is less than 1; using {}", MAX_TEXT_LENGTH, maxTextLength,
                    Settings.DEFAULT_MAX_TEXT_LENGTH);
            maxTextLength = Settings.DEFAULT_MAX_TEXT_LENGTH;
        }
        return new Settings(minConfidence, maxTextLength, context.clock());
    }
}
