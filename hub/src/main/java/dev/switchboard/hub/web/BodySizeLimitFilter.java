package dev.switchboard.hub.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.OptionalLong;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.hub.errors.ErrorBody;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over {@code switchboard.http.max-body-size} with a 413 before any route or
 * controller reads them. A declared length is checked at once; a chunked body is read up to the
 * limit and handed on from memory. A {@link RequestBodyLimit} bean may set another limit for the
 * requests it names (plugin uploads).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class BodySizeLimitFilter extends OncePerRequestFilter {

    private final long defaultLimit;
    private final List<RequestBodyLimit> limits;
    private final ObjectMapper json;

    BodySizeLimitFilter(HttpProperties properties, List<RequestBodyLimit> limits, ObjectMapper json) {
        this.defaultLimit = properties.maxBodySize().toBytes();
        this.limits = List.copyOf(limits);
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(request);
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuse(response, limit);
            return;
        }
        if (declared < 0 && request.getHeader("Transfer-Encoding") != null) {
            byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (body.length > limit) {
                refuse(response, limit);
                return;
            }
            chain.doFilter(new BufferedBody(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private long limitFor(HttpServletRequest request) {
        return limits.stream().map(limit -> limit.limitFor(request)).filter(OptionalLong::isPresent)
                .mapToLong(OptionalLong::getAsLong).findFirst().orElse(defaultLimit);
    }

    private void refuse(HttpServletResponse response, long limit) throws IOException {
        response.setStatus(413);
        response.setContentType("application/json");
        response.setHeader("Connection", "close");
        json.writeValue(response.getOutputStream(),
                ErrorBody.of(413, "the request body is larger than the limit of " + limit + " bytes"));
    }

    /** A request whose body was read into memory. */
    private static final class BufferedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            InputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return ((ByteArrayInputStream) in).available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already in memory; read it synchronously");
                }
            };
        }
    }
}
