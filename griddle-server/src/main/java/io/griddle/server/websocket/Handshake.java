package io.griddle.server.websocket;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The checks on an opening handshake (RFC 6455 section 4.2.1) that come before the application is asked, and the
 * values the answer is computed from. A request that asks for {@code websocket} but is not a valid handshake is
 * answered 400 (a handshake that announces a body too); one with another {@code Sec-WebSocket-Version} 426 with
 * {@code Sec-WebSocket-Version: 13}.
 */
final class Handshake {

    private static final String GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

    /** Why a handshake is refused: the status and a message for the body. */
    record Problem(HttpResponseStatus status, String message) {}

    private Handshake() {}

    /** Whether the request asks to switch to WebSocket: {@code websocket} is one of the {@code Upgrade} tokens. */
    static boolean requested(HttpRequest request) {
        String upgrade = request.headers().get(HttpHeaderNames.UPGRADE);
        return upgrade != null && hasToken(upgrade, "websocket");
    }

    /** The reason the handshake cannot go on, or {@code null} when it is valid. */
    static Problem check(HttpRequest request) {
        HttpHeaders headers = request.headers();
        if (!request.method().equals(HttpMethod.GET)
                || !request.protocolVersion().equals(HttpVersion.HTTP_1_1)) {
            return bad("a WebSocket handshake is an HTTP/1.1 GET request");
        }
        // A body would be bytes that one side reads as the request's and the other as the first frames (or as
        // the next request, for a front end that sees the upgrade fail): the handshake has none.
        String length = headers.get(HttpHeaderNames.CONTENT_LENGTH);
        if (headers.contains(HttpHeaderNames.TRANSFER_ENCODING)
                || length != null && !length.strip().equals("0")) {
            return bad("a WebSocket handshake has no body");
        }
        String connection = headers.get(HttpHeaderNames.CONNECTION);
        if (connection == null || !hasToken(connection, "upgrade")) {
            return bad("missing 'Connection: Upgrade' header");
        }
        List<String> keys = headers.getAll(HttpHeaderNames.SEC_WEBSOCKET_KEY);
        if (keys.size() != 1) {
            return bad(keys.isEmpty() ? "missing Sec-WebSocket-Key header" : "more than one Sec-WebSocket-Key header");
        }
        if (!validKey(keys.get(0))) {
            return bad("invalid Sec-WebSocket-Key header (16 random bytes in base64)");
        }
        String version = headers.get(HttpHeaderNames.SEC_WEBSOCKET_VERSION);
        if (version == null || !version.strip().equals("13")) {
            return new Problem(HttpResponseStatus.UPGRADE_REQUIRED, "unsupported Sec-WebSocket-Version (13 is)");
        }
        return null;
    }

    /** The {@code Sec-WebSocket-Accept} value for a key. */
    static String accept(String key) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-1").digest((key.strip() + GUID).getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("SHA-1 is required of every Java platform", missing);
        }
    }

    /** The subprotocols the client offers, in its order: every {@code Sec-WebSocket-Protocol} field, split. */
    static List<String> subprotocols(HttpHeaders headers) {
        List<String> fields = headers.getAll(HttpHeaderNames.SEC_WEBSOCKET_PROTOCOL);
        if (fields.isEmpty()) {
            return List.of();
        }
        List<String> protocols = new ArrayList<>(2);
        for (String field : fields) {
            for (String protocol : field.split(",")) {
                String name = protocol.strip();
                if (!name.isEmpty()) {
                    protocols.add(name);
                }
            }
        }
        return List.copyOf(protocols);
    }

    private static boolean validKey(String key) {
        try {
            return Base64.getDecoder().decode(key.strip()).length == 16;
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    private static boolean hasToken(String list, String token) {
        for (String item : list.split(",")) {
            if (item.strip().equalsIgnoreCase(token)) {
                return true;
            }
        }
        return false;
    }

    private static Problem bad(String message) {
        return new Problem(HttpResponseStatus.BAD_REQUEST, message);
    }
}
