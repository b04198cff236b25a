/**
 * Griddle's server: Netty transport, HTTP/1.1 and HTTP/2, TLS, the command line, workers and reload.
 *
 * <p>Only {@code io.griddle.server} is API ({@code Griddle.run}, {@code GriddleServer}, {@code ServerConfig}); the
 * protocol, supervisor and logging packages are the server's own. {@code io.griddle.launcher} is in this jar but
 * compiled for Java 8 outside the module's compilation (it must load on any Java to say that 21 is needed); it
 * is only ever the {@code Main-Class} of a class-path jar, so it is not exported.
 */
module io.griddle.server {
    requires transitive io.griddle.core;
    requires io.netty.common;
    requires io.netty.buffer;
    requires io.netty.transport;
    requires io.netty.transport.unix.common;
    requires io.netty.transport.classes.epoll;
    requires io.netty.handler;
    requires io.netty.codec;
    requires io.netty.codec.compression; // a WebSocket message too big once inflated (permessage-deflate)
    requires io.netty.codec.http;
    requires io.netty.codec.http2;
    requires info.picocli;
    requires org.slf4j;
    // The default log backend (io.griddle.server.logging configures it from the flags).
    requires ch.qos.logback.classic;
    requires ch.qos.logback.core;
    requires java.management;
    requires jdk.unsupported; // sun.misc.Signal: a worker supervisor forwards TERM/INT/HUP

    exports io.griddle.server;

    // picocli fills the package-private option classes by reflection.
    opens io.griddle.server to
            info.picocli;
}
