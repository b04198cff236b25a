package io.griddle.benchmarks;

import io.griddle.server.http1.codec.Http1Codec;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandler;
import io.netty.channel.CombinedChannelDuplexHandler;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpRequestDecoder;
import io.netty.handler.codec.http.HttpResponseEncoder;
import io.netty.util.ReferenceCountUtil;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The price of Griddle's strict request parsing (decision 024): the same request heads decoded by Griddle's codec
 * ({@link Http1Codec}: the strict request line, one {@code Host} and one {@code Content-Length}, {@code Host} syntax)
 * and by Netty's plain request decoder (with the same response encoder beside it), in one run. Each operation decodes one head of the kind wrk sends.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar RequestDecodeBenchmark}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class RequestDecodeBenchmark {

    /** Which codec decodes. */
    @Param({"griddle", "netty"})
    public String codec;

    private static final byte[] GET =
            ("GET /items/7?q=x HTTP/1.1\r\nHost: 127.0.0.1:8000\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    private static final byte[] POST =
            ("POST /items HTTP/1.1\r\nHost: 127.0.0.1:8000\r\nContent-Type: application/json\r\n"
                            + "Content-Length: 2\r\n\r\n{}")
                    .getBytes(StandardCharsets.US_ASCII);

    private EmbeddedChannel channel;
    private ByteBuf get;
    private ByteBuf post;

    @Setup(Level.Trial)
    public void start() {
        HttpDecoderConfig config =
                new HttpDecoderConfig().setMaxInitialLineLength(8192).setMaxHeaderSize(16384);
        ChannelHandler handler = codec.equals("griddle")
                ? new Http1Codec(config)
                : new CombinedChannelDuplexHandler<>(new HttpRequestDecoder(config), new HttpResponseEncoder());
        channel = new EmbeddedChannel(handler);
        get = Unpooled.unreleasableBuffer(Unpooled.directBuffer(GET.length).writeBytes(GET));
        post = Unpooled.unreleasableBuffer(Unpooled.directBuffer(POST.length).writeBytes(POST));
    }

    @TearDown(Level.Trial)
    public void stop() {
        channel.finishAndReleaseAll();
    }

    @Benchmark
    public void get(Blackhole hole) {
        decode(get, hole);
    }

    @Benchmark
    public void post(Blackhole hole) {
        decode(post, hole);
    }

    private void decode(ByteBuf head, Blackhole hole) {
        channel.writeInbound(head.duplicate());
        for (Object message; (message = channel.readInbound()) != null; ) {
            hole.consume(message);
            ReferenceCountUtil.release(message);
        }
    }
}
