package dev.switchboard.hub.identity;

/**
 * A person as some source describes them; any field may be {@code null}. Text is compared after
 * NFC normalization, case folding and accent removal; e-mail and phone after their normalization.
 *
 * @param recordId  the source's id of the record (for batch dedupe), or {@code null}
 * @param source    the source system ({@code web-form}, {@code erp}, ...), or {@code null}
 * @param firstName given name as written
 * @param lastName  family name as written
 * @param email     e-mail address as written
 * @param phone     phone number as written
 * @param company   company name as written
 * @param city      city as written
 */
public record PersonRecord(String recordId, String source, String firstName, String lastName, String email,
                           String phone, String company, String city) {
}
