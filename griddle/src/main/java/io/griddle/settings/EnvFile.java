package io.griddle.settings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code .env} file: {@code NAME=value} lines, {@code #} comments and blank lines skipped, an optional
 * {@code export } prefix, values optionally in single or double quotes (kept literally inside), and a {@code #}
 * after a space ending an unquoted value.
 */
final class EnvFile {

    private EnvFile() {}

    /** The variables of the file; empty when it does not exist, as Pydantic Settings ignores a missing file. */
    static Map<String, String> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static Map<String, String> parse(List<String> lines, Object source) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("export ")) {
                line = line.substring("export ".length()).strip();
            }
            int equals = line.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException(source + ":" + number + ": expected NAME=value, got: " + line);
            }
            values.put(
                    line.substring(0, equals).strip(),
                    value(line.substring(equals + 1).strip()));
        }
        return values;
    }

    private static String value(String raw) {
        if (raw.length() >= 2) {
            char first = raw.charAt(0);
            if ((first == '"' || first == '\'') && raw.indexOf(first, 1) > 0) {
                return raw.substring(1, raw.indexOf(first, 1));
            }
        }
        int comment = raw.indexOf(" #");
        return comment < 0 ? raw : raw.substring(0, comment).strip();
    }
}
