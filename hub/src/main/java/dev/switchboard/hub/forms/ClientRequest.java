package dev.switchboard.hub.forms;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.platform.http.springboot.PlatformHttpMessage;

/**
 * The HTTP request behind an exchange: headers, cookies and the client address, from the servlet
 * request when platform-http on Spring MVC carries one, else from the Camel headers (a direct call).
 */
record ClientRequest(HttpServletRequest request, Message message) {

    static ClientRequest of(Exchange exchange) {
        HttpServletRequest request = exchange.getIn() instanceof PlatformHttpMessage m ? m.getRequest() : null;
        return new ClientRequest(request, exchange.getIn());
    }

    String header(String name) {
        String value = request != null ? request.getHeader(name) : message.getHeader(name, String.class);
        return value == null || value.isBlank() ? null : value.strip();
    }

    String ip() {
        return request != null ? request.getRemoteAddr() : "unknown";
    }

    String cookie(String name) {
        if (request == null || request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (cookie.getName().equals(name) && !cookie.getValue().isBlank()) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
