package io.griddle.server;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code NAME=value} lines, as dotenv files have them: blank lines and {@code #} comments are skipped, an
 * {@code export } prefix is allowed, and a value may be wrapped in single or double quotes.
 */
final class EnvFile {

    private EnvFile() {}

    static Map<String, String> parse(List<String> lines) {
        Map<String, String> values = new HashMap<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("export ")) {
                line = line.substring("export ".length()).strip();
            }
            int equals = line.indexOf('=');
            if (equals <= 0) {
                continue;
            }
            String value = line.substring(equals + 1).strip();
            if (value.length() >= 2
                    && (value.startsWith("\"") && value.endsWith("\"")
                            || value.startsWith("'") && value.endsWith("'"))) {
                value = value.substring(1, value.length() - 1);
            }
            values.put(line.substring(0, equals).strip(), value);
        }
        return values;
    }
}
