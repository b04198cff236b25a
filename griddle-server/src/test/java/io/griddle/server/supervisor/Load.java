package io.griddle.server.supervisor;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A small, bounded load on loopback: a few clients, each sending one request per connection
 * ({@code connection: close}) in a loop, until stopped or until the time limit. Every exchange is recorded.
 */
final class Load implements AutoCloseable {

    /** One exchange: when it started and ended, and the status line (or the error). */
    record Exchange(long startedAt, long endedAt, boolean ok, String outcome) {}

    private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();
    private final List<Thread> clients = new ArrayList<>();
    private final long deadline;
    private volatile boolean stopped;

    private Load(int port, String path, int clients, Duration limit) {
        this.deadline = System.nanoTime() + limit.toNanos();
        for (int i = 0; i < clients; i++) {
            this.clients.add(Thread.ofPlatform().daemon().name("load-" + i).start(() -> run(port, path)));
        }
    }

    static Load start(int port, String path, int clients, Duration limit) {
        return new Load(port, path, clients, limit);
    }

    private void run(int port, String path) {
        while (!stopped && System.nanoTime() < deadline) {
            long start = System.nanoTime();
            try {
                String response = exchange(port, path);
                boolean ok = response.startsWith("HTTP/1.1 200 ");
                exchanges.add(new Exchange(start, System.nanoTime(), ok, ok ? "200" : firstLine(response)));
            } catch (Exception e) {
                exchanges.add(new Exchange(start, System.nanoTime(), false, e.toString()));
            }
            try {
                Thread.sleep(2); // a steady load, not a flood: the machine is shared
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    static String exchange(int port, String path) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write(("GET " + path + " HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            for (int n; (n = in.read(buffer)) > 0; ) {
                received.write(buffer, 0, n);
            }
            return received.toString(StandardCharsets.ISO_8859_1);
        }
    }

    private static String firstLine(String response) {
        int end = response.indexOf('\r');
        return end < 0 ? "'" + response + "'" : response.substring(0, end);
    }

    List<Exchange> exchanges() {
        return List.copyOf(exchanges);
    }

    List<Exchange> failures() {
        return exchanges.stream().filter(e -> !e.ok()).toList();
    }

    // Does not throw InterruptedException (a resource's close should not, lint "try"): an interrupted wait keeps
    // the thread's flag for whoever stops the test.
    @Override
    public void close() {
        stopped = true;
        try {
            for (Thread client : clients) {
                client.join(TimeUnit.SECONDS.toMillis(15));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
