package io.griddle.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@code griddle openapi com.example.Main:app > openapi.json}: the document, without serving. */
@Command(
        name = "openapi",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        description = {
            "Write the application's OpenAPI document (what /openapi.json serves) to standard output, without serving.",
            "In a Maven project it compiles the project first."
        })
final class OpenApiCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "APP", description = "CLASS:ATTRIBUTE, e.g. com.example.Main:app.")
    String app;

    @Option(
            names = {"--cp", "--class-path"},
            paramLabel = "PATH",
            description = "Where the class is, outside a Maven project (default: .); Griddle's own jars are added.")
    String classPath;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write to this file instead of standard output.")
    Path output;

    @Option(names = "--indent", description = "Indent the JSON (default: compact, as /openapi.json).")
    boolean indent;

    Map<String, String> environment = System.getenv();
    Path cwd = Path.of("");
    JavaRuntime runtime = JavaRuntime.current();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!(Target.parse(app) instanceof Target.AppReference reference)) {
            throw new CliError(
                    "\"" + app + "\" is not an application reference: write CLASS:ATTRIBUTE, e.g."
                            + " com.example.Main:app",
                    2);
        }
        String path = classPath != null
                ? runtime.withGriddle(classPath)
                : MavenProject.in(cwd).map(p -> p.prepare(environment)).orElseGet(() -> runtime.withGriddle("."));
        byte[] json = AppDocument.openapi(reference, path);
        if (indent) {
            JsonMapper mapper = JsonMapper.builder()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .build();
            json = mapper.writeValueAsBytes(mapper.readTree(json));
        }
        if (output != null) {
            Files.write(output, json);
        } else {
            PrintWriter out = spec.commandLine().getOut();
            out.println(new String(json, StandardCharsets.UTF_8));
            out.flush();
        }
        return 0;
    }
}
