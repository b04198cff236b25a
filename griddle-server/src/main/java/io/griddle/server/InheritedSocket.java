package io.griddle.server;

import io.netty.channel.ChannelException;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollServerDomainSocketChannel;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.unix.Socket;
import java.io.IOException;
import java.net.SocketAddress;

/**
 * A listening socket handed down by the parent process as an open file descriptor ({@code --fd 3}), as systemd's
 * socket activation or a supervisor that binds before it forks does. The socket is already bound and listening:
 * Griddle only accepts on it (so {@code --host}, {@code --port} and {@code --backlog} do not apply), and closes it
 * at stop. TCP (IPv4, IPv6) and Unix domain sockets are served; epoll only, since Java's NIO cannot adopt a
 * descriptor.
 *
 * <pre>
 * # systemd: griddle.socket has ListenStream=8000; the service gets it as fd 3
 * ExecStart=/usr/bin/java -jar shop.jar --fd 3
 * </pre>
 */
final class InheritedSocket {

    // Linux socket-option numbers (the same on every architecture Netty's epoll runs on).
    private static final int SOL_SOCKET = 1;
    private static final int SO_TYPE = 3;
    private static final int SO_ACCEPTCONN = 30;
    private static final int SO_DOMAIN = 39;
    private static final int AF_UNIX = 1;
    private static final int SOCK_STREAM = 1;

    private InheritedSocket() {}

    /**
     * A descriptor adopted as a server channel.
     *
     * @param channel the epoll server channel over the descriptor, already active (listening)
     * @param address where it listens: an {@code InetSocketAddress} or a Unix socket's {@code DomainSocketAddress}
     */
    record Adopted(ServerChannel channel, SocketAddress address) {

        /** Whether it is a Unix domain socket (no TCP options apply to its connections). */
        boolean domain() {
            return channel instanceof EpollServerDomainSocketChannel;
        }
    }

    /**
     * Wraps the descriptor in a server channel of the epoll transport.
     *
     * @throws IOException naming the problem: not open, not a socket, not a stream socket, not listening
     */
    static Adopted adopt(int fd) throws IOException {
        Epoll.ensureAvailability();
        Socket socket; // a view: the descriptor is closed through the channel, never here
        int domain;
        int type;
        boolean listening;
        try {
            socket = new Socket(fd);
            domain = socket.getIntOpt(SOL_SOCKET, SO_DOMAIN);
            type = socket.getIntOpt(SOL_SOCKET, SO_TYPE);
            listening = socket.getIntOpt(SOL_SOCKET, SO_ACCEPTCONN) == 1;
        } catch (IOException | ChannelException notASocket) {
            throw new IOException(
                    "file descriptor " + fd + " is not an open socket (" + notASocket.getMessage() + ")", notASocket);
        }
        if (type != SOCK_STREAM) {
            throw new IOException("file descriptor " + fd + " is not a stream (TCP or Unix stream) socket");
        }
        if (!listening) {
            throw new IOException("file descriptor " + fd + " is a socket that is not listening (bind and listen"
                    + " before handing it over)");
        }
        if (domain == AF_UNIX) {
            // active: it listens already, so registering it starts accepting
            return new Adopted(new EpollServerDomainSocketChannel(fd, true), socket.localDomainSocketAddress());
        }
        return new Adopted(new EpollServerSocketChannel(fd), socket.localAddress());
    }
}
