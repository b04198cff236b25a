package io.griddle.benchmarks;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.OutputStreamAppender;
import io.griddle.http.LogText;
import io.griddle.server.logging.AccessLine;
import io.griddle.server.logging.AccessLogWriter;
import io.griddle.server.logging.ConsoleLines;
import io.griddle.server.logging.LogSetup;
import java.io.FileOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What one access-log line costs, in process, to {@code /dev/null} (decision 051):
 *
 * <ul>
 *   <li>{@code formattedAndLoggedOnTheLoop}: the way before decision 051, on the calling thread: {@code String.format}
 *       of the time, the line concatenated, a logback event through Griddle's console pattern, one write and flush
 *       per line.</li>
 *   <li>{@code handedToTheWriter}: what a loop pays now: an {@link AccessLine} and a queue offer (a writer thread
 *       drains the queue to Griddle's console meanwhile; lines it could not keep up with are dropped and counted,
 *       printed at the end).</li>
 *   <li>{@code writtenByTheWriter}: what the writer thread pays per line: the text made and copied into a batch of
 *       1,024, one write and flush per batch.</li>
 * </ul>
 *
 * <p>With the server pinned to one core, a line costs {@code handedToTheWriter + writtenByTheWriter} against
 * {@code formattedAndLoggedOnTheLoop}. Run (short):
 * {@code java -jar benchmarks/target/benchmarks.jar AccessLogBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s -prof gc}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class AccessLogBenchmark {

    private static final int BATCH = 1024;

    private final InetSocketAddress client = new InetSocketAddress("127.0.0.1", 53432);
    private FileOutputStream devNull;
    private Logger before;
    private ConsoleLines console;
    private AccessLogWriter writer;
    private final List<AccessLine> batch = new ArrayList<>(BATCH);
    private long started;

    @Setup
    public void setUp() throws IOException {
        devNull = new FileOutputStream("/dev/null");
        // The way before: Griddle's console pattern on an appender writing to /dev/null, flushing every line.
        LoggerContext old = new LoggerContext();
        old.setMDCAdapter(new LogbackMDCAdapter());
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(old);
        encoder.setPattern("%-9(%level:) %msg%n");
        encoder.start();
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(old);
        appender.setEncoder(encoder);
        appender.setOutputStream(devNull);
        appender.start();
        before = old.getLogger("griddle.access");
        before.addAppender(appender);
        old.start();
        // Now: Griddle's console, and a writer thread draining into it.
        console = LogSetup.configure(new LoggerContext(), "info", "text", false, devNull);
        writer = AccessLogWriter.start(console);
        for (int i = 0; i < BATCH; i++) {
            batch.add(AccessLine.request(client, "GET", "/items/" + i + "?q=cheese", "HTTP/1.1", 200, 412_345));
        }
        started = System.nanoTime();
    }

    @TearDown
    public void tearDown() throws IOException {
        writer.close();
        System.out.println("\nlines dropped by the writer (it could not keep up with a loop doing nothing else): "
                + writer.dropped());
        devNull.close();
    }

    @Benchmark
    public void formattedAndLoggedOnTheLoop() {
        if (!before.isInfoEnabled()) {
            return;
        }
        double millis = (System.nanoTime() - started) / 1_000_000.0;
        String address = client.getHostString() + ":" + client.getPort();
        String line = LogText.escape("GET" + " " + "/items/42?q=cheese") + " " + "HTTP/1.1";
        before.info("{} - \"{}\" {} {}ms", address, line, 200, String.format("%.2f", millis));
    }

    @Benchmark
    public void handedToTheWriter() {
        writer.add(
                AccessLine.request(client, "GET", "/items/42?q=cheese", "HTTP/1.1", 200, System.nanoTime() - started));
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void writtenByTheWriter() {
        console.write(batch);
    }
}
