package io.griddle.modules;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.epoll.Epoll;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Griddle on the module path, as a modular application uses it: {@code src/test/modular/example.orders} (its
 * module-info requires {@code io.griddle} and {@code io.griddle.server} and opens its package) is compiled against
 * Griddle's module descriptors and started with {@code java --module-path ... -m example.orders/...}; real HTTP
 * requests then exercise binding, validation (Griddle's and Hibernate Validator's), JSON and the docs pages, which
 * all reach across module boundaries. Every other test runs on the class path.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ModulePathTest {

    private static final Path APP_SOURCES = Path.of("src/test/modular/example.orders");
    private static final Pattern RUNNING = Pattern.compile("Griddle running on http://127\\.0\\.0\\.1:(\\d+)");

    @Test
    void aModularAppCompilesAndServesOnTheModulePath(@TempDir Path out) throws Exception {
        ClassPathModules modules = ClassPathModules.ofTestClassPath();
        compile(out, modules.modulePathFor(Set.of("io.griddle", "io.griddle.server")));

        // Netty's native epoll library is a resource of a module nothing requires: the application adds it, as on
        // the class path it adds the jar, and then the server runs on epoll exactly when it does on the class path.
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"), "--enable-native-access=io.netty.common"));
        Set<String> roots = Set.of("io.griddle", "io.griddle.server");
        String nativeEpoll = "io.netty.transport.epoll.linux."
                + switch (System.getProperty("os.arch")) {
                    case "amd64", "x86_64" -> "x86_64";
                    case "aarch64" -> "aarch_64";
                    default -> "none";
                };
        if (modules.contains(nativeEpoll)) {
            roots = Set.of("io.griddle", "io.griddle.server", nativeEpoll);
            command.addAll(List.of("--add-modules", nativeEpoll));
        }
        String transport = Epoll.isAvailable() ? "epoll" : "nio";
        command.addAll(List.of(
                "--module-path",
                out + File.pathSeparator + modules.modulePathFor(roots),
                "-m",
                "example.orders/example.orders.Orders",
                "--host",
                "127.0.0.1",
                "--port",
                "0",
                "--loops",
                "1",
                // The log must hold no warning; on a busy machine, first-request class loading can pass the
                // watchdog's 100 ms, which is not what this test is about.
                "--slow-callback-ms",
                "5000"));
        Process app = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> log = new CopyOnWriteArrayList<>();
        Thread reader = Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    log.add(line);
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        try (HttpClient client = HttpClient.newHttpClient()) {
            String base = "http://127.0.0.1:" + awaitPort(app, log);

            HttpResponse<String> order = send(
                    client,
                    HttpRequest.newBuilder(URI.create(base + "/tables/4/orders?size=large"))
                            .header("content-type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"item\":\"burger\",\"count\":2}")));
            assertThat(order.statusCode()).as("%s", log).isEqualTo(200);
            assertThat(order.body()).isEqualTo("{\"table\":4,\"item\":\"burger\",\"count\":2,\"size\":\"large\"}");

            HttpResponse<String> invalid = send(
                    client,
                    HttpRequest.newBuilder(URI.create(base + "/tables/4/orders"))
                            .header("content-type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"item\":\"burger\",\"count\":0}")));
            assertThat(invalid.statusCode()).isEqualTo(422);
            assertThat(invalid.body()).contains("\"loc\":[\"body\",\"count\"]", "\"type\":\"greater_than_equal\"");

            HttpResponse<String> odd = send(client, HttpRequest.newBuilder(URI.create(base + "/tables/3")));
            assertThat(odd.statusCode()).isEqualTo(422);
            assertThat(odd.body()).contains("\"loc\":[\"path\",\"table\"]", "must be even");
            assertThat(send(client, HttpRequest.newBuilder(URI.create(base + "/tables/2")))
                            .body())
                    .isEqualTo("\"table 2\"");

            HttpResponse<String> openapi = send(client, HttpRequest.newBuilder(URI.create(base + "/openapi.json")));
            assertThat(openapi.statusCode()).isEqualTo(200);
            assertThat(openapi.body()).contains("\"/tables/{table}/orders\"", "\"Order\"", "\"Receipt\"");

            assertThat(send(client, HttpRequest.newBuilder(URI.create(base + "/docs")))
                            .statusCode())
                    .isEqualTo(200);
            HttpResponse<String> swaggerCss =
                    send(client, HttpRequest.newBuilder(URI.create(base + "/docs/swagger-ui.css")));
            assertThat(swaggerCss.statusCode())
                    .as("a webjar's file, read across modules")
                    .isEqualTo(200);
            HttpResponse<String> redocJs =
                    send(client, HttpRequest.newBuilder(URI.create(base + "/redoc/redoc.standalone.js")));
            assertThat(redocJs.statusCode()).isEqualTo(200);
        } finally {
            app.toHandle().destroy(); // SIGTERM: a graceful stop
            assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
            reader.join(5000);
        }
        assertThat(log).anyMatch(line -> line.contains("[" + transport + " transport"));
        assertThat(log).noneMatch(line -> line.contains("Exception") || line.startsWith("WARNING"));
        assertThat(log).anyMatch(line -> line.startsWith("INFO:     Finished server process"));
    }

    private static void compile(Path out, String modulePath) throws IOException {
        List<String> sources;
        try (Stream<Path> files = Files.walk(APP_SOURCES)) {
            sources = files.filter(file -> file.toString().endsWith(".java"))
                    .map(Path::toString)
                    .toList();
        }
        List<String> args = new ArrayList<>(
                List.of("-d", out.toString(), "--module-path", modulePath, "-parameters", "-Xlint:all", "-Werror"));
        args.addAll(sources);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream messages = new ByteArrayOutputStream();
        int status = javac.run(null, messages, messages, args.toArray(String[]::new));
        assertThat(status)
                .as("javac %s%n%s", args, messages.toString(StandardCharsets.UTF_8))
                .isZero();
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws Exception {
        return client.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int awaitPort(Process app, List<String> log) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && app.isAlive()) {
            for (String line : log) {
                Matcher running = RUNNING.matcher(line);
                if (running.find()) {
                    return Integer.parseInt(running.group(1));
                }
            }
            Thread.sleep(50);
        }
        Thread.sleep(200); // the last lines of a process that ended
        throw new AssertionError("the modular app did not start; its log:\n" + String.join("\n", log));
    }
}
