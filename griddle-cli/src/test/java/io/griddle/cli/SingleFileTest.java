package io.griddle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Twenty lines" (examples/single-file/Shop.java) served by {@code griddle run Shop.java} and, reloading
 * on a saved change, by {@code griddle dev Shop.java}: no build file, Griddle's jars on the class path.
 */
class SingleFileTest {

    static final Path SHOP = Path.of("..", "examples", "single-file", "Shop.java");
    private static final Duration START = Duration.ofMinutes(3);

    @TempDir
    Path dir;

    @Test
    void runServesTheReadmesExample() throws Exception {
        try (CliProcess cli = new CliProcess(
                Path.of(""), "run", SHOP.toString(), "--host", "127.0.0.1", "--port", "0", "--loops", "1")) {
            String base = cli.awaitServing(0, START);
            var burger = cli.get(base + "/burgers/7?size=large");
            assertThat(burger.statusCode()).isEqualTo(200);
            assertThat(burger.body()).isEqualTo("{\"id\":7,\"size\":\"large\"}");
            var quick = cli.get(base + "/quick");
            assertThat(quick.body()).isEqualTo("{\"status\":\"ok\"}");
            var invalid = cli.get(base + "/burgers/abc");
            assertThat(invalid.statusCode()).isEqualTo(422);
            assertThat(invalid.body()).contains("\"type\":\"int_parsing\",\"loc\":[\"path\",\"id\"]");
            assertThat(cli.output()).contains("Serving at: http://127.0.0.1:PORT");
        }
    }

    @Test
    void devRestartsWhenTheFileIsSaved() throws Exception {
        Path shop = Files.copy(SHOP, dir.resolve("Shop.java"));
        try (CliProcess cli = new CliProcess(dir, "dev", "Shop.java", "--port", "0", "--loops", "1")) {
            String base = cli.awaitServing(0, START);
            assertThat(cli.output()).contains("API docs:   http://127.0.0.1:PORT/docs");
            assertThat(cli.get(base + "/burgers/1").body()).isEqualTo("{\"id\":1,\"size\":\"regular\"}");
            int before = cli.lineCount();
            Files.writeString(shop, Files.readString(shop).replace("\"regular\"", "\"medium\""));
            cli.awaitLine(Pattern.compile("Application startup complete"), before, START);
            // the old worker leaves once the new one is ready: poll until the new one answers (at most 60 s)
            assertThat(CliProcess.awaitBody(cli, base + "/burgers/1", "medium", 600))
                    .isEqualTo("{\"id\":1,\"size\":\"medium\"}");
        }
    }

    @Test
    void aFileThatDoesNotCompileSaysWhere() throws Exception {
        Files.writeString(dir.resolve("Broken.java"), "public class Broken { int x = ; }");
        try (CliProcess cli = new CliProcess(dir, "run", "Broken.java", "--port", "0")) {
            cli.awaitLine(Pattern.compile("Error: Broken.java does not compile \\(1 error\\(s\\) above\\)"), 0, START);
            assertThat(cli.output()).contains("Broken.java:1: error:");
            assertThat(cli.awaitExit(START)).isEqualTo(1);
        }
    }
}
