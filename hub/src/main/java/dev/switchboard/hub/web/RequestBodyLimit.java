package dev.switchboard.hub.web;

import java.util.OptionalLong;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A body size limit other than {@code switchboard.http.max-body-size} for the requests it names.
 * Beans of this type are consulted in order; the first that answers sets the limit.
 */
public interface RequestBodyLimit {

    /** The limit in bytes for this request, or empty when this bean has no say about it. */
    OptionalLong limitFor(HttpServletRequest request);
}
