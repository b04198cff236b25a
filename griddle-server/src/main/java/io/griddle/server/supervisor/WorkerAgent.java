package io.griddle.server.supervisor;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.EpollChannelOption;
import io.netty.channel.epoll.EpollDomainSocketChannel;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.unix.DomainSocketAddress;
import io.netty.channel.unix.DomainSocketReadMode;
import io.netty.channel.unix.FileDescriptor;
import io.netty.handler.codec.LineBasedFrameDecoder;
import io.netty.handler.codec.string.StringDecoder;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A worker's end of the control channel (see {@link ControlServer}): it fetches the listening socket from the
 * supervisor, reports whether the server started, answers health pings once every event loop has run a task, and
 * stops the server when the supervisor goes away, so that no worker outlives it.
 *
 * <pre>{@code
 * WorkerAgent agent = WorkerAgent.connect();          // only when WorkerAgent.isWorker()
 * int fd = agent.listenerFd();                        // serve on this socket
 * agent.ready(server::heartbeat, server::stop);        // or agent.failed("why") and exit 3
 * }</pre>
 */
public final class WorkerAgent {

    /** The environment variable that holds the control socket's path; its presence makes a process a worker. */
    public static final String SOCKET_ENV = "GRIDDLE_SUPERVISOR_SOCKET";
    /** The environment variable that holds the worker's id. */
    public static final String ID_ENV = "GRIDDLE_WORKER_ID";

    private static final Logger LOG = LoggerFactory.getLogger("griddle.worker");

    private final MultiThreadIoEventLoopGroup loop;
    private final CompletableFuture<Integer> listenerFd = new CompletableFuture<>();
    private volatile Channel channel;
    private volatile Supplier<CompletionStage<?>> heartbeat;
    private volatile Runnable stop;
    private volatile boolean finished;
    private volatile boolean orphaned;

    private WorkerAgent() {
        loop = new MultiThreadIoEventLoopGroup(
                1, new DefaultThreadFactory("griddle-worker-control", true), EpollIoHandler.newFactory());
    }

    /** Whether this process was started by a supervisor as one of its workers. */
    public static boolean isWorker() {
        return System.getenv(SOCKET_ENV) != null;
    }

    /** Connects to the supervisor and receives the listening socket (waits up to 10 s). */
    public static WorkerAgent connect() throws IOException {
        WorkerAgent agent = new WorkerAgent();
        try {
            agent.open(System.getenv(SOCKET_ENV), System.getenv(ID_ENV));
            agent.listenerFd.get(10, TimeUnit.SECONDS);
            return agent;
        } catch (Exception e) {
            agent.loop.shutdownGracefully(0, 0, TimeUnit.SECONDS);
            throw new IOException("cannot reach the supervisor at " + System.getenv(SOCKET_ENV) + ": " + e, e);
        }
    }

    private void open(String path, String id) throws InterruptedException {
        channel = new Bootstrap()
                .group(loop)
                .channel(EpollDomainSocketChannel.class)
                // The descriptor comes first; then the channel switches to reading lines.
                .option(EpollChannelOption.DOMAIN_SOCKET_READ_MODE, DomainSocketReadMode.FILE_DESCRIPTORS)
                .handler(new Handler())
                .connect(new DomainSocketAddress(path))
                .sync()
                .channel();
        send("hello " + id);
    }

    /** The listening socket to serve on, a descriptor of this process. */
    public int listenerFd() {
        return listenerFd.join();
    }

    /** Tells the supervisor why the server could not start (in one line); the caller then exits with code 3. */
    public void failed(String message) {
        finished = true;
        send("failed " + message.replace('\n', ' ').replace('\r', ' ')).awaitUninterruptibly(2, TimeUnit.SECONDS);
    }

    /**
     * Tells the supervisor the server is serving.
     *
     * @param heartbeat completes once the server's event loops have each run a task: the answer to a ping
     * @param stop      stops the server gracefully; run if the supervisor goes away
     */
    public void ready(Supplier<CompletionStage<?>> heartbeat, Runnable stop) {
        this.heartbeat = heartbeat;
        this.stop = stop;
        send("ready");
        if (orphaned) { // the supervisor went away while the server was starting
            Thread.ofPlatform().name("griddle-orphaned").start(stop);
        }
    }

    /** The worker is stopping on its own (a signal, the request limit): losing the supervisor then is expected. */
    public void stopping() {
        finished = true;
    }

    private io.netty.channel.ChannelFuture send(String line) {
        return channel.writeAndFlush(Unpooled.copiedBuffer(line + "\n", StandardCharsets.UTF_8));
    }

    private final class Handler extends ChannelInboundHandlerAdapter {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object message) {
            if (message instanceof FileDescriptor descriptor) {
                ((EpollDomainSocketChannel) ctx.channel()).config().setReadMode(DomainSocketReadMode.BYTES);
                ctx.pipeline().addBefore(ctx.name(), "lines", new LineBasedFrameDecoder(8192));
                ctx.pipeline().addBefore(ctx.name(), "text", new StringDecoder(StandardCharsets.UTF_8));
                listenerFd.complete(descriptor.intValue());
                return;
            }
            try {
                if ("ping".equals(message) && heartbeat != null) {
                    heartbeat.get().whenComplete((ignored, error) -> {
                        if (error == null) {
                            send("pong");
                        }
                    });
                }
            } finally {
                ReferenceCountUtil.release(message);
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            if (finished) {
                return;
            }
            finished = true;
            Runnable serverStop = stop;
            if (serverStop != null) {
                LOG.warn("The supervisor is gone; stopping");
                Thread.ofPlatform().name("griddle-orphaned").start(serverStop);
            } else {
                orphaned = true;
                listenerFd.completeExceptionally(new IOException("the supervisor closed the connection"));
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            LOG.debug("control connection error: {}", cause.toString());
            ctx.close();
        }
    }
}
