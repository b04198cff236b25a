package io.griddle.benchmarks;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The SSE fan-out client: opens {@code --clients N} connections to {@code GET /events} from one selector thread,
 * reads the events for {@code --seconds S} after all are connected, and checks that every client got every event id
 * in order from its first one (a gap is a lost event). Prints, each second, the clients connected and the events
 * received, then a summary line {@code clients=... received=... gaps=... latency_p50_ms=... latency_max_ms=...}.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.griddle.benchmarks.SseFanOutClient --port 18080 --clients 5000 --seconds 60
 * }</pre>
 */
public final class SseFanOutClient {

    private static final byte[] REQUEST = ("GET /events HTTP/1.1\r\nHost: bench\r\nAccept: text/event-stream\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);

    /** One connection: its unparsed text and the last id seen. */
    private static final class Client {
        final StringBuilder pending = new StringBuilder();
        long lastId = -1;
        long received;
        long gaps;
    }

    private SseFanOutClient() {}

    public static void main(String[] args) throws Exception {
        String host = "127.0.0.1";
        int port = 18080;
        int clients = 5000;
        int seconds = 60;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--host" -> host = args[i + 1];
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--clients" -> clients = Integer.parseInt(args[i + 1]);
                case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Selector selector = Selector.open();
        List<Client> all = new ArrayList<>(clients);
        for (int i = 0; i < clients; i++) {
            SocketChannel channel = SocketChannel.open();
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            channel.connect(new InetSocketAddress(host, port));
            channel.write(ByteBuffer.wrap(REQUEST));
            channel.configureBlocking(false);
            Client client = new Client();
            all.add(client);
            channel.register(selector, SelectionKey.OP_READ, client);
            if (i % 500 == 499) {
                drain(selector, 0); // keep the early ones read while the rest connect
            }
        }
        System.out.printf("connected %d clients%n", clients);
        List<Long> latencies = new ArrayList<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long nextReport = System.nanoTime() + 1_000_000_000L;
        while (System.nanoTime() < end) {
            drainInto(selector, 100, latencies);
            if (System.nanoTime() >= nextReport) {
                nextReport += 1_000_000_000L;
                long received = all.stream().mapToLong(c -> c.received).sum();
                System.out.printf("open=%d received=%d%n", selector.keys().size(), received);
            }
        }
        long received = all.stream().mapToLong(c -> c.received).sum();
        long gaps = all.stream().mapToLong(c -> c.gaps).sum();
        long silent = all.stream().filter(c -> c.received == 0).count();
        latencies.sort(null);
        long p50 = latencies.isEmpty() ? -1 : latencies.get(latencies.size() / 2);
        long p99 = latencies.isEmpty() ? -1 : latencies.get((int) (latencies.size() * 0.99));
        long max = latencies.isEmpty() ? -1 : latencies.get(latencies.size() - 1);
        System.out.printf(
                "clients=%d open=%d silent=%d received=%d gaps=%d latency_p50_ms=%d latency_p99_ms=%d latency_max_ms=%d%n",
                clients, selector.keys().size(), silent, received, gaps, p50, p99, max);
        for (SelectionKey key : selector.keys()) {
            key.channel().close();
        }
    }

    private static void drain(Selector selector, long timeoutMillis) throws IOException {
        drainInto(selector, timeoutMillis, new ArrayList<>());
    }

    private static final ByteBuffer BUFFER = ByteBuffer.allocateDirect(64 * 1024);

    private static void drainInto(Selector selector, long timeoutMillis, List<Long> latencies) throws IOException {
        if (timeoutMillis == 0 ? selector.selectNow() == 0 : selector.select(timeoutMillis) == 0) {
            return;
        }
        Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
        while (keys.hasNext()) {
            SelectionKey key = keys.next();
            keys.remove();
            Client client = (Client) key.attachment();
            SocketChannel channel = (SocketChannel) key.channel();
            BUFFER.clear();
            int read = channel.read(BUFFER);
            if (read < 0) {
                key.cancel();
                channel.close();
                continue;
            }
            BUFFER.flip();
            client.pending.append(StandardCharsets.UTF_8.decode(BUFFER));
            parse(client, latencies);
        }
    }

    // Reads complete "data: <id> <sent millis>" lines; chunk-size lines and headers are skipped.
    private static void parse(Client client, List<Long> latencies) {
        int start = 0;
        StringBuilder text = client.pending;
        for (int end = text.indexOf("\n", start); end >= 0; end = text.indexOf("\n", start)) {
            String line = text.substring(start, end).strip();
            start = end + 1;
            if (line.startsWith("data: ")) {
                String[] parts = line.substring(6).split(" ");
                long id = Long.parseLong(parts[0]);
                long sentAt = Long.parseLong(parts[1]);
                if (client.lastId >= 0 && id != client.lastId + 1) {
                    client.gaps += id - client.lastId - 1;
                }
                client.lastId = id;
                client.received++;
                if (latencies.size() < 5_000_000) {
                    latencies.add(System.currentTimeMillis() - sentAt);
                }
            }
        }
        text.delete(0, start);
    }
}
