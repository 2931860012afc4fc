package dev.switchboard.hub.crm;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * Settings of the built-in CRM store.
 *
 * @param defaultPhoneRegion ISO 3166 region assumed for phone numbers written without a country
 *                           code ({@code CZ}); unset, such numbers are refused
 * @param owners             the users and teams that can own records and tasks, synchronized into
 *                           the store at start
 */
@Validated
@ConfigurationProperties("switchboard.crm")
public record CrmProperties(
        @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter ISO 3166 region such as CZ") String defaultPhoneRegion,
        @Valid List<Owner> owners) {

    public CrmProperties {
        owners = owners == null ? List.of() : List.copyOf(owners);
    }

    /**
     * A user or a team.
     *
     * @param id      login or team key; what tasks and records refer to
     * @param kind    {@code user} (default) or {@code team}
     * @param name    display name
     * @param email   where notifications go
     * @param members for a team, the ids of its users in round-robin order
     */
    public record Owner(@NotBlank String id,
                        @Pattern(regexp = "user|team", message = "must be 'user' or 'team'") String kind,
                        @NotBlank String name, String email, List<String> members) {

        public Owner {
            kind = kind == null ? "user" : kind;
            members = members == null ? List.of() : List.copyOf(members);
        }
    }
}
