package io.griddle.server.supervisor;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.epoll.EpollServerSocketChannel;
import java.net.InetSocketAddress;

/**
 * The listening socket every worker serves: bound once by the supervisor, handed to each worker as a file descriptor.
 * All workers accept from its one queue, so a worker that stops (or dies) leaves no connection behind: those waiting
 * are taken by the others, or by its replacement. The supervisor itself never accepts (auto-read is off).
 */
final class SharedSocket implements AutoCloseable {

    private final Channel channel;

    private SharedSocket(Channel channel) {
        this.channel = channel;
    }

    /** Binds and listens on host:port (port 0 picks one); the exception says why it could not. */
    static SharedSocket bind(EventLoopGroup loop, String host, int port, int backlog) throws Exception {
        Channel channel = new ServerBootstrap()
                .group(loop)
                .channel(EpollServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, backlog)
                .option(ChannelOption.SO_REUSEADDR, true)
                .option(ChannelOption.AUTO_READ, false)
                .childHandler(new ChannelInitializer<>() {
                    @Override
                    protected void initChannel(Channel accepted) {
                        accepted.close(); // never reached: the supervisor does not accept
                    }
                })
                .bind(host, port)
                .sync()
                .channel();
        return new SharedSocket(channel);
    }

    /** The socket's file descriptor in this process. */
    int fd() {
        return ((EpollServerSocketChannel) channel).fd().intValue();
    }

    int port() {
        return ((InetSocketAddress) channel.localAddress()).getPort();
    }

    /** Closes the supervisor's copy; the socket itself closes when the last worker has closed its own. */
    @Override
    public void close() {
        channel.close().syncUninterruptibly();
    }
}
