package io.griddle.benchmarks;

import io.griddle.files.StaticFiles;
import io.griddle.server.Griddle;
import io.griddle.web.WebApp;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The Griddle side of the static-file load harness ({@code benchmarks/load/run-static.sh}): {@link StaticFiles}
 * mounted at {@code /}, the directory from {@code --dir} (default {@code benchmarks/target/static}); the other
 * arguments are server flags.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.griddle.benchmarks.StaticFilesApp --dir D --port 8000 --loops 1}.
 */
public final class StaticFilesApp {

    private StaticFilesApp() {}

    /** The app serving the directory. */
    public static WebApp app(Path directory) {
        return new WebApp().mount("/", StaticFiles.directory(directory));
    }

    public static void main(String[] args) {
        Path directory = Path.of("benchmarks/target/static");
        String[] rest = args;
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--dir")) {
                directory = Path.of(args[i + 1]);
                String[] others = new String[args.length - 2];
                System.arraycopy(args, 0, others, 0, i);
                System.arraycopy(args, i + 2, others, i, args.length - i - 2);
                rest = others;
                break;
            }
        }
        System.err.println("static-files: serving " + directory.toAbsolutePath() + " with " + Arrays.toString(rest));
        Griddle.run(app(directory), rest);
    }
}
