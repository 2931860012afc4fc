package dev.switchboard.sdk.detector;

import java.util.Arrays;
import java.util.Locale;

/** The kinds of sales trigger. Their {@link #code()} is the JSON and CLI form. */
public enum TriggerType {
    /** The company is hiring, opening positions, growing its team. */
    HIRING,
    /** The company raised money or announced an investment. */
    FUNDING,
    /** The company launches a product or service. */
    PRODUCT_LAUNCH,
    /** A new office, plant, market or country. */
    EXPANSION,
    /** A new CEO, CTO, CFO or board member, or an executive leaving. */
    LEADERSHIP_CHANGE;

    /** {@code hiring}, {@code funding}, {@code product_launch}, {@code expansion}, {@code leadership_change}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException naming the known codes */
    public static TriggerType ofCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("unknown trigger type '" + code + "'; known: "
                        + String.join(", ", Arrays.stream(values()).map(TriggerType::code).toList())));
    }
}
