package dev.switchboard.sdk.model;

import java.util.Map;

/**
 * A person, as a source system knows it. Any component may be {@code null} (unknown); an upsert
 * sets only the components that are present.
 *
 * @param firstName   given name, kept as written
 * @param lastName    family name, kept as written
 * @param email       e-mail address; compared and keyed case-insensitively
 * @param phone       phone number in any notation; keyed in E.164
 * @param title       job title
 * @param company     company name as the source wrote it
 * @param externalIds the person's id in each source system, by system name ({@code erp -> "C-1042"})
 */
public record Contact(String firstName, String lastName, String email, String phone, String title,
                      String company, Map<String, String> externalIds) {

    public Contact {
        externalIds = externalIds == null ? Map.of() : Map.copyOf(externalIds);
    }
}
