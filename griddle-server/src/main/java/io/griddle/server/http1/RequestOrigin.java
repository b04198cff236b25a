package io.griddle.server.http1;

import io.griddle.gateway.Connection;
import io.griddle.gateway.HttpScope;
import io.griddle.http.HostHeader;
import io.griddle.server.http1.codec.RequestTarget;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpVersion;
import java.net.InetSocketAddress;
import java.net.SocketAddress;

/**
 * Where a request comes from and what it asks for, as the application sees it: the connection's addresses, or
 * those a trusted proxy forwarded (client, scheme, host), and the path with the root path taken off when the
 * proxy left it on. One per connection; nothing is allocated per request unless a proxy forwarded something.
 */
final class RequestOrigin {

    private final ConnectionSettings settings;
    private final Connection connection;
    private final boolean peerTrusted;
    private final boolean http2Stream;

    /**
     * @param channel     the connection's channel, or an HTTP/2 stream's (whose addresses are its connection's)
     * @param secure      whether it runs over TLS
     * @param http2Stream whether the channel is one HTTP/2 stream
     */
    RequestOrigin(ConnectionSettings settings, Channel channel, boolean secure, boolean http2Stream) {
        this.settings = settings;
        this.http2Stream = http2Stream;
        SocketAddress remoteAddress = http2Stream ? channel.parent().remoteAddress() : channel.remoteAddress();
        SocketAddress localAddress = http2Stream ? channel.parent().localAddress() : channel.localAddress();
        this.connection = new Connection(
                remoteAddress instanceof InetSocketAddress remote ? remote : null,
                localAddress instanceof InetSocketAddress local ? local : null,
                secure);
        this.peerTrusted = settings.proxies() != null
                && connection.client() != null
                && settings.proxies().trusts(connection.client().getAddress());
    }

    /** The connection as the socket says. */
    Connection connection() {
        return connection;
    }

    /**
     * What a trusted proxy forwarded for the request, or {@code null} (an untrusted peer, no forwarding headers).
     * A forwarded host replaces the request's {@code Host}.
     */
    ProxyHeaders.Origin forwarded(HttpRequest request) {
        if (!peerTrusted) {
            return null;
        }
        ProxyHeaders.Origin forwarded = ProxyHeaders.read(settings.proxies(), true, request.headers());
        if (forwarded != null && forwarded.host() != null) {
            request.headers().set(HttpHeaderNames.HOST, forwarded.host());
        }
        return forwarded;
    }

    /** The connection as the application sees it: the forwarded client if any, else the socket's. */
    Connection client(ProxyHeaders.Origin forwarded) {
        return forwarded != null && forwarded.client() != null
                ? new Connection(forwarded.client(), connection.server(), connection.secure())
                : connection;
    }

    /** The scope of a request that is to be served. */
    HttpScope scope(HttpRequest request, RequestTarget target, ProxyHeaders.Origin forwarded, Connection client) {
        String scheme = forwarded != null && forwarded.scheme() != null
                ? forwarded.scheme()
                : connection.secure() ? "https" : "http";
        String path = target.path();
        String rawPath = target.rawPath();
        String root = settings.rootPath();
        if (!root.isEmpty()
                && path.startsWith(root)
                && (path.length() == root.length() || path.charAt(root.length()) == '/')) {
            // The proxy did not strip the prefix: route on what follows it.
            path = path.length() == root.length() ? "/" : path.substring(root.length());
            rawPath = rawPath.startsWith(root)
                    ? (rawPath.length() == root.length() ? "/" : rawPath.substring(root.length()))
                    : rawPath;
        }
        return new HttpScope(
                request.method().name(),
                path,
                rawPath,
                target.rawQuery(),
                http2Stream ? "2" : request.protocolVersion().equals(HttpVersion.HTTP_1_0) ? "1.0" : "1.1",
                scheme,
                root,
                new NettyHeaders(request.headers()),
                client);
    }

    /** An HTTP/2 request's Host (made from :authority) or a forwarded host that replaced it, if any, is valid. */
    static boolean validHost(HttpRequest request) {
        String host = request.headers().get(HttpHeaderNames.HOST);
        return host == null || HostHeader.isValid(host);
    }
}
