package dev.switchboard.sdk.model;

import java.util.Map;

/**
 * A prospect not yet qualified into a contact and account.
 *
 * @param firstName   given name
 * @param lastName    family name
 * @param email       e-mail address; the lead's natural key with {@code externalIds}
 * @param phone       phone number in any notation
 * @param company     company name as given
 * @param source      where the lead came from ({@code web-form}, {@code webhook}, ...)
 * @param externalIds the lead's id in each source system, by system name
 */
public record Lead(String firstName, String lastName, String email, String phone, String company,
                   String source, Map<String, String> externalIds) {

    public Lead {
        externalIds = externalIds == null ? Map.of() : Map.copyOf(externalIds);
    }
}
