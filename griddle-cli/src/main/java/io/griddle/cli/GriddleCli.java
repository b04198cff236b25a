package io.griddle.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/**
 * The {@code griddle} command: {@code dev}, {@code run}, {@code openapi}, {@code new} and
 * {@code generate-completion}. It runs on Java 21+; {@code bin/griddle} (or the jar's launcher on an older Java)
 * finds one. See docs/cli.md.
 *
 * <pre>
 * griddle dev Shop.java            # a single-file app, reloading
 * griddle run com.example.Main:app --workers 4
 * griddle openapi com.example.Main:app &gt; openapi.json
 * griddle new shop
 * source &lt;(griddle generate-completion)
 * </pre>
 */
@Command(
        name = "griddle",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        versionProvider = GriddleCli.Version.class,
        description = "Serve, document and start Griddle applications.",
        subcommands = {
            DevCommand.class,
            RunCommand.class,
            OpenApiCommand.class,
            NewCommand.class,
            AutoComplete.GenerateCompletion.class
        })
public final class GriddleCli implements Runnable {

    private GriddleCli() {}

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line and gives the exit code; errors are one line on {@code err}. */
    static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(args, out, err, Path.of(""));
    }

    /** As {@link #execute(String[], PrintWriter, PrintWriter)}, in another working directory. */
    static int execute(String[] args, PrintWriter out, PrintWriter err, Path cwd) {
        CommandLine commandLine = commandLine();
        ((ServeCommand) commandLine.getSubcommands().get("dev").getCommand()).cwd = cwd;
        ((ServeCommand) commandLine.getSubcommands().get("run").getCommand()).cwd = cwd;
        ((OpenApiCommand) commandLine.getSubcommands().get("openapi").getCommand()).cwd = cwd;
        ((NewCommand) commandLine.getSubcommands().get("new").getCommand()).cwd = cwd;
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new GriddleCli());
        for (String serving : new String[] {"dev", "run"}) {
            // Server flags follow the target: the first option the CLI does not know starts them, whatever follows
            commandLine.getSubcommands().get(serving).setStopAtUnmatched(true);
            commandLine
                    .getSubcommands()
                    .get(serving)
                    .getCommandSpec()
                    .usageMessage()
                    .sectionMap()
                    .put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER, help -> ServeCommand.serverFlagsHelp());
        }
        commandLine.setExecutionExceptionHandler((exception, line, parsed) -> {
            if (exception instanceof CliError error) {
                line.getErr().println("Error: " + error.getMessage());
                return error.exitCode();
            }
            throw exception;
        });
        commandLine.setParameterExceptionHandler((exception, args) -> {
            CommandLine line = exception.getCommandLine();
            line.getErr()
                    .println("Error: " + exception.getMessage() + " (try "
                            + line.getCommandSpec().qualifiedName() + " --help)");
            return 2;
        });
        // the completion script's command is not a task of its own in --help
        commandLine
                .getSubcommands()
                .get("generate-completion")
                .getCommandSpec()
                .usageMessage()
                .hidden(true);
        return commandLine;
    }

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version in this jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"griddle " + Starter.versions().getProperty("version")};
        }
    }
}
