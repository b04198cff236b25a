package io.griddle.gateway;

import java.net.InetSocketAddress;

/**
 * The transport connection a scope arrived on.
 *
 * @param client the peer's address, or {@code null} when unknown (a Unix socket, an in-process client)
 * @param server the local address, or {@code null} when unknown
 * @param secure whether the connection is encrypted (TLS)
 */
public record Connection(InetSocketAddress client, InetSocketAddress server, boolean secure) {

    /** A connection with no addresses, as an in-process client has. */
    public static final Connection IN_PROCESS = new Connection(null, null, false);
}
