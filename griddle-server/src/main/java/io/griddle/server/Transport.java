package io.griddle.server;

import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerDomainSocketChannel;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerDomainSocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.unix.DomainSocketAddress;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.file.Path;

/** The socket transport: Linux's epoll when its native library loads, Java NIO otherwise. */
record Transport(
        String name,
        IoHandlerFactory ioHandlers,
        Class<? extends ServerChannel> serverChannel,
        Class<? extends ServerChannel> domainServerChannel) {

    static Transport best() {
        if (Epoll.isAvailable() && !Boolean.getBoolean("griddle.nio")) {
            return new Transport(
                    "epoll",
                    EpollIoHandler.newFactory(),
                    EpollServerSocketChannel.class,
                    EpollServerDomainSocketChannel.class);
        }
        return new Transport(
                "nio", NioIoHandler.newFactory(), NioServerSocketChannel.class, NioServerDomainSocketChannel.class);
    }

    /** The address of a Unix domain socket at the path, in the form this transport binds. */
    SocketAddress domainAddress(Path path) {
        return name.equals("epoll") ? new DomainSocketAddress(path.toFile()) : UnixDomainSocketAddress.of(path);
    }

    MultiThreadIoEventLoopGroup loops(int threads) {
        return new MultiThreadIoEventLoopGroup(threads, new DefaultThreadFactory("griddle-loop", false), ioHandlers);
    }
}
