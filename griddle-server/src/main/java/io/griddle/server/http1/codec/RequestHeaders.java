package io.griddle.server.http1.codec;

import io.netty.handler.codec.DefaultHeaders.NameValidator;
import io.netty.handler.codec.DefaultHeaders.ValueValidator;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.DefaultHttpHeadersFactory;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpHeadersFactory;
import io.netty.util.AsciiString;

/**
 * A request's headers as the decoder fills them, refusing a second {@code Host} or a second {@code Content-Length}
 * field as it is added (RFC 9112 §3.2 and §6.3). Netty itself checks repeated lengths only for HTTP/1.1; for
 * HTTP/1.0 it would take the first of two different lengths, and a proxy that takes the last one would disagree
 * with Griddle about where the body ends: a request hidden in the body would be answered. Counting as the fields
 * arrive costs no lookup and no allocation per request.
 */
final class RequestHeaders extends DefaultHttpHeaders {

    /** Makes the headers of each decoded request, with Netty's default name and value validation. */
    static final HttpHeadersFactory FACTORY = new HttpHeadersFactory() {
        private final DefaultHttpHeadersFactory defaults = DefaultHttpHeadersFactory.headersFactory();

        @Override
        public HttpHeaders newHeaders() {
            return new RequestHeaders(defaults.getNameValidator(), defaults.getValueValidator());
        }

        @Override
        public HttpHeaders newEmptyHeaders() {
            return defaults.newEmptyHeaders();
        }
    };

    private String host;
    private boolean hasLength;

    private RequestHeaders(NameValidator<CharSequence> names, ValueValidator<CharSequence> values) {
        super(names, values);
    }

    /** The {@code Host} field as it was added by the decoder (read without a lookup), or {@code null}. */
    String host() {
        return host;
    }

    @Override
    public HttpHeaders add(CharSequence name, Object value) {
        checkRepeat(name, value);
        return super.add(name, value);
    }

    @Override
    public HttpHeaders add(String name, Object value) {
        checkRepeat(name, value);
        return super.add(name, value);
    }

    private void checkRepeat(CharSequence name, Object value) {
        int length = name.length();
        if (length == 4 && AsciiString.contentEqualsIgnoreCase(name, "host")) {
            if (host != null) {
                throw new RefusedRequest("Multiple Host headers");
            }
            host = String.valueOf(value);
        } else if (length == 14 && AsciiString.contentEqualsIgnoreCase(name, "content-length")) {
            if (hasLength) {
                throw new RefusedRequest("Multiple Content-Length headers");
            }
            hasLength = true;
        }
    }
}
