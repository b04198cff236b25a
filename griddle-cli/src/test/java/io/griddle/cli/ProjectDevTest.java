package io.griddle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code griddle new shop && cd shop && griddle dev}: the project is compiled and served, and a saved change to a
 * handler is compiled and live without Maven. The class path Maven would give is kept as if a first run had asked
 * for it (this test's own, which holds Griddle), so that no Maven runs here; StarterBuildTest runs Maven.
 */
class ProjectDevTest {

    private static final Duration START = Duration.ofMinutes(3);

    @TempDir
    Path dir;

    @Test
    void devServesTheProjectAndCompilesSavedChanges() throws Exception {
        assertThat(CliRun.of(dir, "new", "shop").exit()).isZero();
        Path project = dir.resolve("shop");
        Files.createDirectories(project.resolve("target/classes"));
        Files.createDirectories(project.resolve("target/griddle"));
        Files.writeString(project.resolve("target/griddle/classpath.txt"), System.getProperty("java.class.path"));
        long started = System.nanoTime();
        try (CliProcess cli = new CliProcess(project, "dev", "--port", "0", "--loops", "1")) {
            String base = cli.awaitServing(0, START);
            var docs = cli.get(base + "/docs");
            long firstDocs = System.nanoTime() - started;
            assertThat(docs.statusCode()).isEqualTo(200);
            assertThat(docs.body()).contains("swagger-ui");
            assertThat(cli.output()).contains("development server: com.example.shop.Main");
            assertThat(cli.get(base + "/").body()).isEqualTo("{\"message\":\"Hello World\"}");

            Path main = project.resolve("src/main/java/com/example/shop/Main.java");
            int before = cli.lineCount();
            long saved = System.nanoTime();
            Files.writeString(main, Files.readString(main).replace("\"Hello World\"", "\"Hello Griddle\""));
            cli.awaitLine(Pattern.compile("Griddle: compiled in \\d+ ms"), before, START);
            String body = CliProcess.awaitBody(cli, base + "/", "Hello Griddle", 600);
            long live = System.nanoTime() - saved;
            assertThat(body).isEqualTo("{\"message\":\"Hello Griddle\"}");
            System.out.printf(
                    "griddle dev: /docs served %d ms after start; a saved change live after %d ms%n",
                    firstDocs / 1_000_000, live / 1_000_000);
        }
    }
}
