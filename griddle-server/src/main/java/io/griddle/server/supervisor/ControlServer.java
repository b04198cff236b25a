package io.griddle.server.supervisor;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.epoll.EpollServerDomainSocketChannel;
import io.netty.channel.unix.DomainSocketAddress;
import io.netty.channel.unix.FileDescriptor;
import io.netty.handler.codec.LineBasedFrameDecoder;
import io.netty.handler.codec.string.StringDecoder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The supervisor's end of the control channel: a Unix socket in a private directory that each worker connects to.
 * A worker says {@code hello ID}, receives the listening socket's descriptor (SCM_RIGHTS), and then reports
 * {@code ready} or {@code failed MESSAGE}; afterwards it answers each {@code ping} with {@code pong}.
 */
final class ControlServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger("griddle.supervisor");

    private final Path directory;
    private final Path path;
    private final Channel channel;

    private ControlServer(Path directory, Path path, Channel channel) {
        this.directory = directory;
        this.path = path;
        this.channel = channel;
    }

    /**
     * Listens in a new directory only this user can enter.
     *
     * @param listenerFd the descriptor handed to every worker
     * @param workers    finds the worker with an id
     * @param changed    told whenever a worker's state changed (ready, failed), to wake the supervisor
     */
    static ControlServer start(EventLoopGroup loop, int listenerFd, IntFunction<Worker> workers, Runnable changed)
            throws IOException, InterruptedException {
        Path directory = Files.createTempDirectory(
                "griddle-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        Path path = directory.resolve("control");
        Channel channel = new ServerBootstrap()
                .group(loop)
                .channel(EpollServerDomainSocketChannel.class)
                .childHandler(new ChannelInitializer<>() {
                    @Override
                    protected void initChannel(Channel connection) {
                        connection
                                .pipeline()
                                .addLast(
                                        new LineBasedFrameDecoder(8192),
                                        new StringDecoder(StandardCharsets.UTF_8),
                                        new Connection(listenerFd, workers, changed));
                    }
                })
                .bind(new DomainSocketAddress(path.toFile()))
                .sync()
                .channel();
        return new ControlServer(directory, path, channel);
    }

    Path path() {
        return path;
    }

    @Override
    public void close() {
        channel.close().syncUninterruptibly();
        try {
            Files.deleteIfExists(path);
            Files.deleteIfExists(directory);
        } catch (IOException e) {
            LOG.debug("could not remove {}: {}", directory, e.getMessage());
        }
    }

    /** One worker's connection. */
    private static final class Connection extends SimpleChannelInboundHandler<String> {
        private final int listenerFd;
        private final IntFunction<Worker> workers;
        private final Runnable changed;
        private Worker worker;

        Connection(int listenerFd, IntFunction<Worker> workers, Runnable changed) {
            this.listenerFd = listenerFd;
            this.workers = workers;
            this.changed = changed;
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, String line) {
            if (worker == null) {
                Worker caller = line.startsWith("hello ") ? workers.apply(parseId(line.substring(6))) : null;
                if (caller == null) {
                    ctx.close(); // not one of ours
                    return;
                }
                worker = caller;
                worker.attach(ctx.channel());
                ctx.writeAndFlush(new FileDescriptor(listenerFd));
            } else if (line.equals("pong")) {
                worker.answered();
            } else if (line.equals("ready")) {
                worker.markReady();
                LOG.info("Started worker process [{}]", worker.pid());
                changed.run();
            } else if (line.startsWith("failed ")) {
                worker.markFailed(line.substring(7));
                changed.run();
            }
        }

        private static int parseId(String text) {
            try {
                return Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                return -1;
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            LOG.debug("control connection error: {}", cause.toString());
            ctx.close();
        }
    }
}
