package dev.switchboard.hub.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** @param maxBodySize the largest request body any endpoint accepts; a larger one is answered 413 */
@ConfigurationProperties("switchboard.http")
public record HttpProperties(@DefaultValue("1MB") DataSize maxBodySize) {
}
