package io.griddle.server;

/**
 * A server setting out of its range or otherwise unusable. Its message names the command-line flag that sets it, in
 * the one-line form the command line reports (exit code 2), so that a {@link ServerConfig} built in code and one
 * built from flags, the environment or an env file are checked in one place and fail with the same words:
 *
 * <pre>{@code
 * ServerConfig.builder().port(70000).build();
 * // InvalidSetting: Invalid value for option '--port': 70000 is not in 0..65535
 * }</pre>
 */
public final class InvalidSetting extends IllegalArgumentException {

    @java.io.Serial
    private static final long serialVersionUID = 1L;

    private final String flag;

    /**
     * @param flag    the flag that sets it, {@code --port}
     * @param problem what is wrong with the value, {@code 70000 is not in 0..65535}
     */
    public InvalidSetting(String flag, String problem) {
        super("Invalid value for option '" + flag + "': " + problem);
        this.flag = flag;
    }

    /** The flag that sets the value, {@code --port}. */
    public String flag() {
        return flag;
    }

    /** Throws an {@link InvalidSetting} naming the flag unless the condition holds. */
    public static void check(boolean condition, String flag, String problem) {
        if (!condition) {
            throw new InvalidSetting(flag, problem);
        }
    }
}
