package dev.switchboard.hub.crm;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A contact as the read API shows it. {@code email} is normalized; {@code phone} as given, {@code phoneE164} normalized. */
public record ContactView(UUID id, String firstName, String lastName, String email, String phone, String phoneE164,
                          String title, String company, UUID accountId, String ownerId,
                          Map<String, String> externalIds, Instant createdAt, Instant updatedAt) {
}
