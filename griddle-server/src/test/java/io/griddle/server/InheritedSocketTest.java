package io.griddle.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.griddle.routing.Endpoint;
import io.griddle.web.WebApp;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.unix.DomainSocketAddress;
import io.netty.channel.unix.FileDescriptor;
import io.netty.channel.unix.Socket;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code --fd}: serving on a listening socket opened by someone else, as systemd's socket activation hands over. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class InheritedSocketTest {

    /** The app the child process serves (named on its command line as InheritedSocketTest:APP). */
    public static final WebApp APP = new WebApp()
            .get("/ping", Endpoint.async(request -> CompletableFuture.completedFuture(Map.of("pong", true))));

    @BeforeEach
    void needsEpoll() {
        assumeTrue(Epoll.isAvailable(), "the epoll transport does not load here");
    }

    private static GriddleServer start(int fd) {
        return GriddleServer.start(
                APP,
                ServerConfig.builder()
                        .fd(fd)
                        .loops(1)
                        .accessLog(false)
                        .gracefulShutdown(Duration.ofSeconds(1))
                        .build());
    }

    // A listening TCP socket opened the way a parent process would: bound, listening, not yet accepted on.
    private static Socket listeningTcpSocket() throws Exception {
        Socket socket = Socket.newSocketStream();
        socket.bind(new InetSocketAddress("127.0.0.1", 0));
        socket.listen(16);
        return socket;
    }

    // One request over a TCP or Unix socket; reads until the server closes (the request says close).
    private static String ping(java.net.SocketAddress address) throws Exception {
        try (SocketChannel channel = SocketChannel.open(address)) {
            channel.write(ByteBuffer.wrap(
                    "GET /ping HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
            ByteBuffer buffer = ByteBuffer.allocate(4096);
            StringBuilder answer = new StringBuilder();
            while (channel.read(buffer) >= 0) {
                buffer.flip();
                answer.append(StandardCharsets.ISO_8859_1.decode(buffer));
                buffer.clear();
            }
            return answer.toString();
        }
    }

    @Test
    void servesOnAnInheritedTcpSocketAndClosesItAtStop() throws Exception {
        Socket socket = listeningTcpSocket();
        int port = socket.localAddress().getPort();
        GriddleServer server = start(socket.intValue());
        try {
            assertThat(server.port()).isEqualTo(port);
            assertThat(ping(new InetSocketAddress("127.0.0.1", port)))
                    .startsWith("HTTP/1.1 200 OK")
                    .endsWith("{\"pong\":true}");
        } finally {
            server.stop();
        }
        assertThatThrownBy(() -> new java.net.Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
    }

    @Test
    void servesOnAnInheritedUnixSocket() throws Exception {
        Path path = Files.createTempDirectory("griddle").resolve("inherited.sock");
        Socket socket = Socket.newSocketDomain();
        socket.bind(new DomainSocketAddress(path.toFile()));
        socket.listen(16);
        GriddleServer server = start(socket.intValue());
        try {
            assertThat(server.port()).isEqualTo(-1);
            assertThat(ping(UnixDomainSocketAddress.of(path)))
                    .startsWith("HTTP/1.1 200 OK")
                    .endsWith("{\"pong\":true}");
        } finally {
            server.stop();
            Files.deleteIfExists(path);
        }
    }

    @Test
    void aDescriptorThatIsNotAListeningSocketIsAStartupFailure() throws Exception {
        FileDescriptor[] pipe = FileDescriptor.pipe();
        Socket unbound = Socket.newSocketStream();
        try {
            assertThatThrownBy(() -> start(pipe[0].intValue()))
                    .isInstanceOf(GriddleServer.StartupFailure.class)
                    .hasMessageContaining("--fd " + pipe[0].intValue())
                    .hasMessageContaining("not an open socket");
            assertThatThrownBy(() -> start(unbound.intValue()))
                    .isInstanceOf(GriddleServer.StartupFailure.class)
                    .hasMessageContaining("not listening");
        } finally {
            pipe[0].close();
            pipe[1].close();
            unbound.close();
        }
    }

    @Test
    void theFlagConflictsWithAnyOtherSocketFlag() throws Exception {
        StringWriter out = new StringWriter();
        assertThat(ServerOptions.parse(new String[] {"--fd", "3"}, Map.of(), new PrintWriter(out))
                        .fd())
                .isEqualTo(3);
        assertThat(ServerOptions.parse(new String[0], Map.of(), new PrintWriter(out))
                        .fd())
                .isNull();
        assertThat(ServerOptions.parse(new String[0], Map.of("GRIDDLE_FD", "4"), new PrintWriter(out))
                        .fd())
                .isEqualTo(4);
        for (String[] args : List.of(
                new String[] {"--fd", "3", "--port", "9000"},
                new String[] {"--fd", "3", "--host", "0.0.0.0"},
                new String[] {"--uds", "/tmp/x.sock", "--fd", "3"})) {
            assertThatThrownBy(() -> ServerOptions.parse(args, Map.of(), new PrintWriter(out)))
                    .isInstanceOf(ServerOptions.BadFlag.class)
                    .hasMessageContaining("--fd and --")
                    .hasMessageContaining("give one")
                    .hasMessageNotContaining("\n");
        }
        assertThatThrownBy(() -> ServerOptions.parse(
                        new String[] {"--fd", "3"}, Map.of("GRIDDLE_PORT", "9000"), new PrintWriter(out)))
                .hasMessage("--fd and --port both name the socket to serve on: give one");
        assertThatThrownBy(() -> ServerOptions.parse(new String[] {"--fd", "-1"}, Map.of(), new PrintWriter(out)))
                .hasMessageContaining("--fd");
    }

    @Test
    void withNioTheFlagIsRefusedInOneLine() {
        System.setProperty("griddle.nio", "true");
        try {
            assertThatThrownBy(() -> ServerOptions.parse(
                            new String[] {"--fd", "3"}, Map.of(), new PrintWriter(new StringWriter())))
                    .isInstanceOf(ServerOptions.BadFlag.class)
                    .hasMessage("--fd needs the epoll transport (this JVM would use nio)");
        } finally {
            System.clearProperty("griddle.nio");
        }
    }

    /**
     * The whole path: a parent (Python here) binds and listens, then execs the Griddle launcher with the socket
     * inherited as a descriptor; the server answers on it and stops on SIGTERM.
     */
    @Test
    void aChildProcessServesOnTheSocketItsParentOpened() throws Exception {
        Path python = Path.of("/usr/bin/python3");
        assumeTrue(Files.isExecutable(python), "python3 is not installed");
        String parent = String.join(
                "\n",
                "import os, socket, sys",
                "s = socket.socket()",
                "s.bind(('127.0.0.1', 0))",
                "s.listen(16)",
                "s.set_inheritable(True)",
                "print(s.getsockname()[1], flush=True)",
                "os.execv(sys.argv[1], sys.argv[1:] + ['--fd', str(s.fileno())])");
        List<String> command = new ArrayList<>(List.of(python.toString(), "-c", parent));
        command.addAll(ChildProcess.griddle(
                InheritedSocketTest.class.getName() + ":APP", "--loops", "1", "--timeout-graceful-shutdown", "1"));
        try (ChildProcess child = ChildProcess.start(command)) {
            String running = child.awaitLine("Griddle running on socket fd", Duration.ofSeconds(30));
            int port =
                    Integer.parseInt(child.awaitLine("", Duration.ofSeconds(1)).strip()); // the parent's line
            assertThat(running).contains("http://127.0.0.1:" + port);
            assertThat(ping(new InetSocketAddress("127.0.0.1", port)))
                    .startsWith("HTTP/1.1 200 OK")
                    .endsWith("{\"pong\":true}");
            child.terminate();
            assertThat(child.awaitExit(Duration.ofSeconds(30))).isTrue();
            assertThat(child.output()).contains("Finished server process");
        }
    }
}
