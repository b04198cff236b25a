package io.griddle.cli;

import picocli.CommandLine.Command;

/** {@code griddle run}: serve with production defaults (0.0.0.0, no reload), as {@code fastapi run}. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        description = {
            "Serve for production: binds 0.0.0.0, no reload; --workers N runs N processes on one socket.",
            "Every server flag is accepted after TARGET, e.g.: griddle run com.example.Main:app --workers 4"
        },
        footerHeading = "%nServer flags (also as GRIDDLE_<NAME> in the environment):%n")
final class RunCommand extends ServeCommand {

    @Override
    ServerFlags.Mode mode() {
        return ServerFlags.Mode.RUN;
    }
}
