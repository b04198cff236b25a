package io.griddle.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CLI in a process of its own (as {@code bin/griddle} starts it, on this test's class path), its output
 * gathered line by line; closing it sends SIGTERM and waits for it and every process it started.
 */
final class CliProcess implements AutoCloseable {

    private static final Pattern RUNNING = Pattern.compile("Griddle running on (http://[^ ]+)");

    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    CliProcess(Path directory, String... args) throws IOException {
        List<String> command = new ArrayList<>(
                JavaRuntime.current().java("-cp", System.getProperty("java.class.path"), GriddleCli.class.getName()));
        command.addAll(List.of(args));
        process = new ProcessBuilder(command)
                .directory(directory.toAbsolutePath().toFile())
                .redirectErrorStream(true)
                .start();
        Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader reader =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException ended) {
                // the process is gone
            }
        });
    }

    /** The first line at or after {@code from} matching the pattern, waiting at most {@code limit}. */
    Matcher awaitLine(Pattern pattern, int from, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            for (int i = from; i < lines.size(); i++) {
                Matcher matcher = pattern.matcher(lines.get(i));
                if (matcher.find()) {
                    return matcher;
                }
            }
            if (!process.isAlive()
                    && lines.stream()
                            .skip(from)
                            .noneMatch(l -> pattern.matcher(l).find())) {
                throw new AssertionError("the CLI ended (exit " + process.exitValue() + "):\n" + output());
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no line matching " + pattern + " within " + limit + ":\n" + output());
    }

    /** The base URL from the server's "Griddle running on" line after line {@code from}. */
    String awaitServing(int from, Duration limit) throws InterruptedException {
        return awaitLine(RUNNING, from, limit).group(1);
    }

    /** The CLI's exit code, once it has ended by itself. */
    int awaitExit(Duration limit) throws InterruptedException {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the CLI still runs after " + limit + ":\n" + output());
        }
        return process.exitValue();
    }

    int lineCount() {
        return lines.size();
    }

    String output() {
        return String.join("\n", lines);
    }

    HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** GETs the URL every 100 ms until the body contains the text, at most {@code tries} times; the last body. */
    static String awaitBody(CliProcess cli, String url, String text, int tries) throws InterruptedException {
        String body = "";
        for (int i = 0; i < tries && !body.contains(text); i++) {
            try {
                body = cli.get(url).body();
            } catch (IOException restarting) {
                body = "";
            }
            if (!body.contains(text)) {
                Thread.sleep(100);
            }
        }
        return body;
    }

    /** Every process the CLI started, now. */
    List<ProcessHandle> descendants() {
        return process.descendants().toList();
    }

    @Override
    public void close() {
        List<ProcessHandle> started = descendants();
        process.destroy();
        try {
            if (!process.waitFor(40, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        for (ProcessHandle child : started) {
            child.onExit().completeOnTimeout(null, 40, TimeUnit.SECONDS).join();
            if (child.isAlive()) {
                child.destroyForcibly();
            }
        }
        http.close();
    }
}
