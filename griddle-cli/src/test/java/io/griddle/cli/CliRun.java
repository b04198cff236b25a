package io.griddle.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** One command line run in process: its exit code and what it printed. */
record CliRun(int exit, String out, String err) {

    static CliRun of(Path cwd, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = GriddleCli.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), cwd);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
