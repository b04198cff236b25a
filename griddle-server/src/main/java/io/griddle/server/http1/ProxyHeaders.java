package io.griddle.server.http1;

import io.netty.handler.codec.http.HttpHeaders;
import io.netty.util.AsciiString;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a trusted proxy says about the original request: the client's address, the scheme and the host, from
 * RFC 7239 {@code Forwarded} when present, else {@code X-Forwarded-For/-Proto/-Host}. Headers from a peer that is
 * not trusted are ignored. In a chain of addresses, the client is the right-most one that is not itself a trusted
 * proxy (every hop appends, so only the right end can be believed).
 */
final class ProxyHeaders {

    /** The original request, as far as the proxies tell. */
    record Origin(InetSocketAddress client, String scheme, String host) {}

    private ProxyHeaders() {}

    // Pre-hashed names: these are looked up on every request from a trusted peer.
    private static final AsciiString FORWARDED = AsciiString.cached("forwarded");
    private static final AsciiString X_FORWARDED_FOR = AsciiString.cached("x-forwarded-for");
    private static final AsciiString X_FORWARDED_PROTO = AsciiString.cached("x-forwarded-proto");
    private static final AsciiString X_FORWARDED_HOST = AsciiString.cached("x-forwarded-host");

    /**
     * The origin, or {@code null} when nothing is to be changed.
     *
     * @param peerTrusted whether the connection's peer is a trusted proxy (decided once per connection)
     */
    static Origin read(TrustedProxies trusted, boolean peerTrusted, HttpHeaders headers) {
        if (!peerTrusted) {
            return null;
        }
        String forwarded = headers.get(FORWARDED);
        List<String> chain;
        String proto;
        String host;
        if (forwarded != null) {
            chain = new ArrayList<>();
            proto = null;
            host = null;
            for (String element : forwarded.split(",")) {
                String lastProto = null;
                String lastHost = null;
                for (String pair : element.split(";")) {
                    int equals = pair.indexOf('=');
                    if (equals < 0) {
                        continue;
                    }
                    String name = pair.substring(0, equals).strip().toLowerCase(Locale.ROOT);
                    String value = unquote(pair.substring(equals + 1).strip());
                    switch (name) {
                        case "for" -> chain.add(nodeAddress(value));
                        case "proto" -> lastProto = value;
                        case "host" -> lastHost = value;
                        default -> {}
                    }
                }
                proto = lastProto != null ? lastProto : proto;
                host = lastHost != null ? lastHost : host;
            }
        } else {
            String forwardedFor = headers.get(X_FORWARDED_FOR);
            chain = forwardedFor == null ? List.of() : List.of(forwardedFor.split(","));
            proto = headers.get(X_FORWARDED_PROTO);
            host = headers.get(X_FORWARDED_HOST);
        }
        if (chain.isEmpty() && proto == null && host == null) {
            return null;
        }
        InetSocketAddress client = null;
        for (int i = chain.size() - 1; i >= 0; i--) {
            String address = chain.get(i).strip();
            if (address.isEmpty()) {
                continue;
            }
            client = InetSocketAddress.createUnresolved(address, 0);
            if (!trusted.trusts(address)) {
                break; // the first address a trusted hop did not vouch for is the client
            }
        }
        String scheme = proto == null ? null : proto.strip().toLowerCase(Locale.ROOT);
        if (scheme != null && !scheme.equals("http") && !scheme.equals("https")) {
            scheme = null;
        }
        return new Origin(client, scheme, host == null ? null : host.strip());
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1)
                : value;
    }

    // RFC 7239 node: "192.0.2.43:47011", "[2001:db8::1]:4711", "unknown", "_hidden".
    private static String nodeAddress(String node) {
        if (node.startsWith("[")) {
            int end = node.indexOf(']');
            return end > 0 ? node.substring(1, end) : node;
        }
        int colon = node.indexOf(':');
        return colon > 0 && node.indexOf(':', colon + 1) < 0 ? node.substring(0, colon) : node;
    }
}
