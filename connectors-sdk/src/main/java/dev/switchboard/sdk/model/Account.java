package dev.switchboard.sdk.model;

import java.util.Map;

/**
 * An organization (a customer or prospect company).
 *
 * @param name        the company's name as written
 * @param domain      its web domain ({@code example.com}); keyed case-insensitively
 * @param phone       switchboard number in any notation; stored in E.164
 * @param country     ISO 3166-1 alpha-2 country code
 * @param externalIds the company's id in each source system, by system name
 */
public record Account(String name, String domain, String phone, String country, Map<String, String> externalIds) {

    public Account {
        externalIds = externalIds == null ? Map.of() : Map.copyOf(externalIds);
    }
}
