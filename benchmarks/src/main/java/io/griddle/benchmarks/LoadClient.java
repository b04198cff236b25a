package io.griddle.benchmarks;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small closed-loop HTTP/1.1 load generator, the harness's fallback when {@code wrk} is not installed: N
 * keep-alive connections, one virtual thread each, each sending one request ({@code GET}, or a {@code POST} of a
 * JSON file with {@code --body-file}) and reading the whole response before the next, for a fixed time. It prints
 * {@code Requests/sec:} and {@code p99:} lines the harness parses.
 *
 * <p>Usage: {@code LoadClient --url http://127.0.0.1:8000/quick [--connections 64] [--duration 20] [--warmup 0]
 * [--body-file item.json]}. The warmup runs first on the same connections and is not recorded; it warms this JVM as
 * well as the server.
 */
public final class LoadClient {

    private LoadClient() {}

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        byte[] request = request(options);

        long start = System.nanoTime();
        long measureFrom = start + options.warmupSeconds() * 1_000_000_000L;
        long end = measureFrom + options.durationSeconds() * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        List<Worker> workers = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < options.connections(); i++) {
            Worker worker = new Worker(options, request, measureFrom, end, errors);
            workers.add(worker);
            threads.add(Thread.ofVirtual().name("load-", i).start(worker));
        }
        for (Thread thread : threads) {
            thread.join();
        }

        Histogram total = new Histogram();
        long requests = 0;
        for (Worker worker : workers) {
            total.add(worker.latencies);
            requests += worker.measured;
        }
        double seconds = options.durationSeconds();
        System.out.printf(
                Locale.ROOT,
                "Running %ds test @ %s%n  %d connections (java load client)%n",
                options.durationSeconds(),
                options.url(),
                options.connections());
        System.out.printf(Locale.ROOT, "  %d requests in %.2fs, %d errors%n", requests, seconds, errors.get());
        System.out.printf(Locale.ROOT, "p50: %.3fms%n", total.percentile(50) / 1e6);
        System.out.printf(Locale.ROOT, "p99: %.3fms%n", total.percentile(99) / 1e6);
        System.out.printf(Locale.ROOT, "Requests/sec: %.2f%n", requests / seconds);
    }

    /** The bytes of the one request every connection sends over and over. */
    private static byte[] request(Options options) throws IOException {
        String head = " " + options.path() + " HTTP/1.1\r\nHost: " + options.host() + ":" + options.port()
                + "\r\nUser-Agent: griddle-load-client\r\n";
        if (options.bodyFile() == null) {
            return ("GET" + head + "\r\n").getBytes(StandardCharsets.US_ASCII);
        }
        byte[] body = Files.readAllBytes(Path.of(options.bodyFile()));
        byte[] start = ("POST" + head + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] request = Arrays.copyOf(start, start.length + body.length);
        System.arraycopy(body, 0, request, start.length, body.length);
        return request;
    }

    /** One connection's closed loop; it reconnects after an error, and stops at the deadline. */
    private static final class Worker implements Runnable {
        private final Options options;
        private final byte[] request;
        private final long measureFrom;
        private final long end;
        private final AtomicLong errors;
        final Histogram latencies = new Histogram();
        long measured;

        Worker(Options options, byte[] request, long measureFrom, long end, AtomicLong errors) {
            this.options = options;
            this.request = request;
            this.measureFrom = measureFrom;
            this.end = end;
            this.errors = errors;
        }

        @Override
        public void run() {
            while (System.nanoTime() < end) {
                try (Socket socket = new Socket()) {
                    socket.setTcpNoDelay(true);
                    socket.connect(new InetSocketAddress(options.host(), options.port()), 5_000);
                    socket.setSoTimeout(10_000); // a stuck server fails this connection instead of hanging the run
                    OutputStream out = socket.getOutputStream();
                    InputStream in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
                    long now = System.nanoTime();
                    while (now < end) {
                        long sent = now;
                        out.write(request);
                        out.flush();
                        boolean keepAlive = Responses.readOne(in);
                        now = System.nanoTime();
                        if (sent >= measureFrom && now <= end) {
                            latencies.record(now - sent);
                            measured++;
                        }
                        if (!keepAlive) {
                            break;
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    errors.incrementAndGet();
                    sleepBriefly(); // no tight reconnect loop against a server that is down
                }
            }
        }

        private static void sleepBriefly() {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Reads HTTP/1.1 responses with a {@code content-length} body (all the benchmarked servers send one). */
    static final class Responses {

        private Responses() {}

        /** Reads one response; returns whether the connection stays open. */
        static boolean readOne(InputStream in) throws IOException {
            String statusLine = readLine(in);
            if (!statusLine.startsWith("HTTP/1.")) {
                throw new IOException("not an HTTP response: " + statusLine);
            }
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean keepAlive = statusLine.startsWith("HTTP/1.1");
            for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    continue;
                }
                String name = line.substring(0, colon).trim();
                String value = line.substring(colon + 1).trim();
                if (name.equalsIgnoreCase("content-length")) {
                    length = Long.parseLong(value);
                } else if (name.equalsIgnoreCase("connection")) {
                    keepAlive = !value.equalsIgnoreCase("close");
                } else if (name.equalsIgnoreCase("transfer-encoding")) {
                    throw new IOException("chunked responses are not supported by this client");
                }
            }
            if (length < 0) {
                throw new IOException("response without content-length (status " + status + ")");
            }
            in.skipNBytes(length);
            if (status != 200) {
                throw new IOException("unexpected status " + status);
            }
            return keepAlive;
        }

        private static String readLine(InputStream in) throws IOException {
            StringBuilder line = new StringBuilder(64);
            for (int i = 0; i < 8192; i++) {
                int b = in.read();
                if (b < 0) {
                    throw new IOException("connection closed mid-response");
                }
                if (b == '\n') {
                    int last = line.length() - 1;
                    if (last >= 0 && line.charAt(last) == '\r') {
                        line.setLength(last);
                    }
                    return line.toString();
                }
                line.append((char) b);
            }
            throw new IOException("header line too long");
        }
    }

    /**
     * Latencies in nanoseconds, in log-linear buckets: exact below 64, then 32 buckets per power of two (about 3%
     * relative error). Fixed size whatever the run length.
     */
    static final class Histogram {
        private static final int SUB_BUCKETS = 32;
        private final long[] counts = new long[64 + 58 * SUB_BUCKETS];
        private long total;

        void record(long nanos) {
            counts[index(Math.max(0, nanos))]++;
            total++;
        }

        void add(Histogram other) {
            for (int i = 0; i < counts.length; i++) {
                counts[i] += other.counts[i];
            }
            total += other.total;
        }

        /** The value at the percentile (0-100): the upper edge of the bucket it falls in; 0 when empty. */
        long percentile(double percent) {
            if (total == 0) {
                return 0;
            }
            long rank = (long) Math.ceil(total * percent / 100.0);
            long seen = 0;
            for (int i = 0; i < counts.length; i++) {
                seen += counts[i];
                if (seen >= Math.max(1, rank)) {
                    return upperEdge(i);
                }
            }
            return upperEdge(counts.length - 1);
        }

        static int index(long value) {
            if (value < 64) {
                return (int) value;
            }
            int shift = 63 - Long.numberOfLeadingZeros(value) - 5; // keep the top 6 bits: 32..63
            int mantissa = (int) (value >>> shift);
            return 64 + (shift - 1) * SUB_BUCKETS + (mantissa - SUB_BUCKETS);
        }

        static long upperEdge(int index) {
            if (index < 64) {
                return index;
            }
            int shift = (index - 64) / SUB_BUCKETS + 1;
            long mantissa = (index - 64) % SUB_BUCKETS + SUB_BUCKETS;
            return ((mantissa + 1) << shift) - 1;
        }
    }

    /** The command line. */
    record Options(
            String url,
            String host,
            int port,
            String path,
            int connections,
            int durationSeconds,
            int warmupSeconds,
            String bodyFile) {

        static Options parse(String[] args) {
            String url = null;
            int connections = 64;
            int duration = 20;
            int warmup = 0;
            String bodyFile = null;
            for (int i = 0; i + 1 < args.length; i += 2) {
                String value = args[i + 1];
                switch (args[i]) {
                    case "--url" -> url = value;
                    case "--connections" -> connections = Integer.parseInt(value);
                    case "--duration" -> duration = Integer.parseInt(value);
                    case "--warmup" -> warmup = Integer.parseInt(value);
                    case "--body-file" -> bodyFile = value;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (args.length % 2 != 0 || url == null || !url.startsWith("http://")) {
                throw new IllegalArgumentException(
                        "usage: LoadClient --url http://HOST:PORT/PATH [--connections N] [--duration S] [--warmup S]"
                                + " [--body-file JSON]");
            }
            if (connections < 1 || duration < 1 || warmup < 0) {
                throw new IllegalArgumentException("need connections >= 1, duration >= 1, warmup >= 0");
            }
            String rest = url.substring("http://".length());
            int slash = rest.indexOf('/');
            String authority = slash < 0 ? rest : rest.substring(0, slash);
            String path = slash < 0 ? "/" : rest.substring(slash);
            int colon = authority.lastIndexOf(':');
            String host = colon < 0 ? authority : authority.substring(0, colon);
            int port = colon < 0 ? 80 : Integer.parseInt(authority.substring(colon + 1));
            return new Options(url, host, port, path, connections, duration, warmup, bodyFile);
        }
    }
}
