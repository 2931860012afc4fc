package dev.switchboard.hub.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param publicPaths Ant-style paths open without a key, besides {@code /actuator/health/**}.
 *                    Every other path, API and route alike, needs the admin key.
 */
@ConfigurationProperties("switchboard.security")
public record SecurityProperties(List<String> publicPaths) {

    public SecurityProperties {
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
    }
}
