package io.griddle.cli;

import picocli.CommandLine.Command;

/** {@code griddle dev}: serve on 127.0.0.1 and restart on every change, as {@code fastapi dev}. */
@Command(
        name = "dev",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        description = {
            "Serve for development: binds 127.0.0.1, restarts when the sources change (--reload).",
            "In a Maven project it compiles the project, and compiles again on every saved source file.",
            "Every server flag is accepted after TARGET, e.g.: griddle dev Shop.java --port 9000"
        },
        footerHeading = "%nServer flags (also as GRIDDLE_<NAME> in the environment):%n")
final class DevCommand extends ServeCommand {

    @Override
    ServerFlags.Mode mode() {
        return ServerFlags.Mode.DEV;
    }
}
