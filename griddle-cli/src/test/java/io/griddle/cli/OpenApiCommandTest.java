package io.griddle.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.griddle.cli.sample.SampleApp;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code griddle openapi}: the document of an app loaded from a class path, and the one-line errors. */
class OpenApiCommandTest {

    // the test classes: the sample app is loaded from here, in a class loader of its own
    private static final String CLASSES =
            SampleApp.class.getProtectionDomain().getCodeSource().getLocation().getPath();

    @TempDir
    Path dir;

    @Test
    void writesTheDocumentTheAppServes() {
        CliRun run = CliRun.of(dir, "openapi", "io.griddle.cli.sample.SampleApp:app", "--cp", CLASSES);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo(new String(io.griddle.http.Json.write(SampleApp.app.openapi())));
        JsonNode document = JsonMapper.shared().readTree(run.out());
        assertThat(document.at("/openapi").asString()).isEqualTo("3.1.0");
        assertThat(document.at("/info/title").asString()).isEqualTo("Sample");
        assertThat(document.at("/info/version").asString()).isEqualTo("2.0.0");
        assertThat(document.get("paths").propertyNames()).containsExactly("/items/{item_id}");
    }

    @Test
    void aFactoryMethodToAFileIndented() throws Exception {
        Path file = dir.resolve("openapi.json");
        CliRun run = CliRun.of(
                dir,
                "openapi",
                "io.griddle.cli.sample.SampleApp:create",
                "--cp",
                CLASSES,
                "--indent",
                "-o",
                file.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        String text = Files.readString(file);
        assertThat(text).startsWith("{\n  \"openapi\" : \"3.1.0\"");
        assertThat(JsonMapper.shared().readTree(text).at("/info/title").asString())
                .isEqualTo("Made");
    }

    @Test
    void aMissingClassIsOneLine() {
        CliRun run = CliRun.of(dir, "openapi", "com.example.Missing:app", "--cp", CLASSES);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("Error: class com.example.Missing not found on the class path");
    }

    @Test
    void aMissingMemberIsOneLine() {
        CliRun run = CliRun.of(dir, "openapi", "io.griddle.cli.sample.SampleApp:application", "--cp", CLASSES);
        assertThat(run.err().strip())
                .isEqualTo("Error: io.griddle.cli.sample.SampleApp has no static field application nor static method"
                        + " application()");
    }

    @Test
    void somethingThatIsNotAnAppIsOneLine() {
        CliRun string = CliRun.of(dir, "openapi", "io.griddle.cli.sample.SampleApp:notAnApp", "--cp", CLASSES);
        assertThat(string.exit()).isEqualTo(1);
        assertThat(string.err().strip())
                .isEqualTo("Error: io.griddle.cli.sample.SampleApp:notAnApp is a java.lang.String, not an"
                        + " io.griddle.App: only an App has an OpenAPI document");
        CliRun webApp = CliRun.of(dir, "openapi", "io.griddle.cli.sample.SampleApp:plain", "--cp", CLASSES);
        assertThat(webApp.err()).contains("is a io.griddle.web.WebApp, not an io.griddle.App");
    }
}
