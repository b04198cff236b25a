package io.griddle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's parsing, help and one-line errors, in process. */
class GriddleCliTest {

    @TempDir
    Path dir;

    @Test
    void helpListsTheCommands() {
        CliRun run = CliRun.of(dir, "--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("dev", "run", "openapi", "new").doesNotContain("generate-completion");
    }

    @Test
    void devHelpListsEveryServerFlag() {
        CliRun run = CliRun.of(dir, "dev", "--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .contains("TARGET", "--class-path", "Server flags")
                .contains("--port", "--workers", "--reload-dir", "--ssl-certfile", "--limit-concurrency");
    }

    @Test
    void completionIsABashScript() {
        CliRun run = CliRun.of(dir, "generate-completion");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("complete -F", "griddle", "openapi");
    }

    @Test
    void versionIsTheProjects() {
        CliRun run = CliRun.of(dir, "--version");
        assertThat(run.out().strip()).isEqualTo("griddle " + Starter.versions().getProperty("version"));
    }

    @Test
    void anUnknownCommandIsOneLine() {
        CliRun run = CliRun.of(dir, "serve");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err())
                .startsWith("Error: Unmatched argument at index 0: 'serve'")
                .contains("--help");
    }

    @Test
    void devOutsideAProjectSaysWhatToName() {
        CliRun run = CliRun.of(dir, "dev", "--port", "9000");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip())
                .isEqualTo("Error: no Maven project here (no pom.xml in " + dir.toAbsolutePath()
                        + "): name what to serve, e.g. griddle dev Main.java");
    }

    @Test
    void aMissingJarIsOneLine() {
        CliRun run = CliRun.of(dir, "run", "nope.jar", "--workers", "2");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("Error: file not found: nope.jar");
    }

    @Test
    void openapiNeedsAnApp() {
        CliRun run = CliRun.of(dir, "openapi");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("Error: Missing required parameter: 'APP'");
        CliRun notAReference = CliRun.of(dir, "openapi", "com.example.Main");
        assertThat(notAReference.err().strip())
                .isEqualTo("Error: \"com.example.Main\" is not an application reference: write CLASS:ATTRIBUTE,"
                        + " e.g. com.example.Main:app");
    }

    @Test
    void newRefusesBadNamesAndExistingFolders() throws Exception {
        CliRun bad = CliRun.of(dir, "new", "My_Shop");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).startsWith("Error: \"My_Shop\" cannot name a project");
        Files.createDirectory(dir.resolve("shop"));
        CliRun exists = CliRun.of(dir, "new", "shop");
        assertThat(exists.err().strip())
                .isEqualTo("Error: " + dir.resolve("shop") + " already exists: choose another" + " name or remove it");
    }
}
