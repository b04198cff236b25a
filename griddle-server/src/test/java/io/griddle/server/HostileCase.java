package io.griddle.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One case of the hostile-HTTP corpus ({@code src/test/resources/hostile/*.cases}, described in
 * docs/hostile-http.md): what is sent, on which server, and every outcome it may get.
 *
 * @param file     the file the case is in, for messages
 * @param name     its name, unique in the corpus
 * @param server   {@code plain} (HTTP/1.1 and WebSockets, the default flags) or {@code http2} ({@code --http2})
 * @param kind     {@code http1} (raw bytes), {@code websocket} (raw frames after a handshake to {@link #path}),
 *                 {@code http2} (script {@link #steps} after the preface)
 * @param path     the WebSocket path, for {@code websocket} cases
 * @param bytes    what is sent, for {@code http1} and {@code websocket} cases
 * @param steps    the script, for {@code http2} cases
 * @param outcomes the outcomes the case may have, in the words {@link Http1Outcome}, {@link H2Script} and the
 *                 corpus test's WebSocket reader use for what they saw (e.g. {@code 400 close},
 *                 {@code ws-close 1002 close}, {@code goaway 11})
 * @param appMin   the fewest requests the application may have been called with
 * @param appMax   the most (never more than the client sent)
 */
record HostileCase(
        String file,
        String name,
        String server,
        String kind,
        String path,
        byte[] bytes,
        List<String> steps,
        Set<String> outcomes,
        int appMin,
        int appMax) {

    @Override
    public String toString() {
        return name;
    }

    /** Reads the cases of one corpus file from the class path. */
    static List<HostileCase> load(String resource) {
        try (InputStream in = HostileCase.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no corpus file " + resource);
            }
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses a corpus file: cases begin with {@code === name}; then {@code server}, {@code websocket PATH},
     * {@code expect OUTCOME | OUTCOME ...} and {@code app N} (or {@code app MIN-MAX}) lines; then {@code send}
     * followed by the bytes, or {@code http2} followed by the script, up to the next case. Lines that start with
     * {@code #} are comments everywhere, and line ends are never bytes: the bytes are written with escapes.
     */
    static List<HostileCase> parse(String file, String text) {
        List<HostileCase> cases = new ArrayList<>();
        Builder current = null;
        String section = null;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("#") || (section == null && line.isBlank())) {
                continue;
            }
            if (line.startsWith("=== ")) {
                if (current != null) {
                    cases.add(current.build());
                }
                current = new Builder(file, line.substring(4).strip());
                section = null;
                continue;
            }
            if (current == null) {
                throw new IllegalArgumentException(file + ": text before the first case: " + line);
            }
            if (section == null) {
                String[] words = line.strip().split("\\s+", 2);
                switch (words[0]) {
                    case "server" -> current.server = words[1];
                    case "websocket" -> {
                        current.kind = "websocket";
                        current.path = words[1];
                    }
                    case "expect" -> {
                        for (String outcome : words[1].split("\\|")) {
                            current.outcomes.add(outcome.strip().replaceAll("\\s+", " "));
                        }
                    }
                    case "app" -> {
                        String[] range = words[1].split("-");
                        current.appMin = Integer.parseInt(range[0]);
                        current.appMax = Integer.parseInt(range[range.length - 1]);
                    }
                    case "send", "http2" -> {
                        section = words[0];
                        if (section.equals("http2")) {
                            current.kind = "http2";
                            current.server = "http2";
                        }
                    }
                    default -> throw new IllegalArgumentException(file + ": " + current.name + ": " + line);
                }
            } else if (section.equals("send")) {
                unescape(line, current.bytes);
            } else if (!line.isBlank()) {
                current.steps.add(line.strip());
            }
        }
        if (current != null) {
            cases.add(current.build());
        }
        return cases;
    }

    /**
     * Appends a line's bytes: characters as ISO-8859-1, with {@code \r \n \t \0 \\ \xHH} and
     * {@code \[N*c]} (N times the character c).
     */
    static void unescape(String line, ByteArrayOutputStream out) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '\\') {
                out.write(c);
                continue;
            }
            char e = line.charAt(++i);
            switch (e) {
                case 'r' -> out.write('\r');
                case 'n' -> out.write('\n');
                case 't' -> out.write('\t');
                case '0' -> out.write(0);
                case '\\' -> out.write('\\');
                case 'x' -> {
                    out.write(Integer.parseInt(line.substring(i + 1, i + 3), 16));
                    i += 2;
                }
                case '[' -> {
                    int star = line.indexOf('*', i);
                    int times = Integer.parseInt(line.substring(i + 1, star));
                    char repeated = line.charAt(star + 1);
                    for (int n = 0; n < times; n++) {
                        out.write(repeated);
                    }
                    i = star + 2; // the closing ]
                }
                default -> throw new IllegalArgumentException("unknown escape in: " + line);
            }
        }
    }

    private static final class Builder {
        final String file;
        final String name;
        String server = "plain";
        String kind = "http1";
        String path;
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final List<String> steps = new ArrayList<>();
        final java.util.LinkedHashSet<String> outcomes = new java.util.LinkedHashSet<>();
        int appMin = -1;
        int appMax = -1;

        Builder(String file, String name) {
            this.file = file;
            this.name = name;
        }

        HostileCase build() {
            if (outcomes.isEmpty() || appMin < 0) {
                throw new IllegalArgumentException(file + ": " + name + " needs an expect line and an app line");
            }
            return new HostileCase(
                    file,
                    name,
                    server,
                    kind,
                    path,
                    bytes.toByteArray(),
                    List.copyOf(steps),
                    Set.copyOf(outcomes),
                    appMin,
                    appMax);
        }
    }
}
