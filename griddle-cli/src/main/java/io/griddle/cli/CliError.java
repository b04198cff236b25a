package io.griddle.cli;

/**
 * A problem the user can fix, reported as one line ({@code Error: ...}) with no stack trace.
 *
 * <pre>{@code
 * throw new CliError("no JDK 21+ found: install one or set JAVA_HOME");
 * }</pre>
 */
final class CliError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The process's exit code: 2 for a bad command line, 1 otherwise. */
    private final int exitCode;

    CliError(String message) {
        this(message, 1);
    }

    CliError(String message, int exitCode) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
