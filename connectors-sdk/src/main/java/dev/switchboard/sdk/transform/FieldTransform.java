package dev.switchboard.sdk.transform;

import java.util.List;

import org.pf4j.ExtensionPoint;

/**
 * A named transform usable from field mappings, such as {@code title-case} or {@code vat-id(CZ)}.
 * Pure and thread-safe: the same value and arguments always give the same result.
 */
public interface FieldTransform extends ExtensionPoint {

    /** The name mappings use ({@code title-case}); lower case, digits and dashes. */
    String name();

    /** One line for the mapping editor's completion list. */
    String description();

    /**
     * @param value     the field's value ({@code String}, {@code Number}, {@code Boolean} or {@code null})
     * @param arguments the arguments written in the mapping, as text
     * @return the new value
     * @throws IllegalArgumentException with a message for the CRM admin when the value or arguments do not fit
     */
    Object apply(Object value, List<String> arguments);
}
