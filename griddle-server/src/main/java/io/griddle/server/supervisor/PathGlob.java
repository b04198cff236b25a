package io.griddle.server.supervisor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A glob pattern matched against a path the way Uvicorn's reload filters match (Python's {@code PurePath.match}):
 * a relative pattern matches the path's last components ({@code *.class} any class file, {@code static/*.css} a CSS
 * file directly in a {@code static} directory); an absolute one the whole path. Within a component {@code *} is any
 * run of characters, {@code ?} one, {@code [abc]} / {@code [!abc]} a set; no wildcard crosses a {@code /}.
 *
 * <pre>{@code
 * PathGlob.of("*.class").matches(Path.of("/app/target/classes/com/x/Shop.class"))   // true
 * }</pre>
 */
final class PathGlob {

    private final String text;
    private final boolean absolute;
    private final List<Pattern> parts;

    private PathGlob(String text, boolean absolute, List<Pattern> parts) {
        this.text = text;
        this.absolute = absolute;
        this.parts = parts;
    }

    static PathGlob of(String pattern) {
        if (pattern.isEmpty()) {
            throw new IllegalArgumentException("empty pattern");
        }
        List<Pattern> parts = new ArrayList<>();
        for (String part : pattern.split("/+")) {
            if (!part.isEmpty()) {
                parts.add(Pattern.compile(regex(part), Pattern.DOTALL));
            }
        }
        return new PathGlob(pattern, pattern.startsWith("/"), List.copyOf(parts));
    }

    String text() {
        return text;
    }

    boolean matches(Path path) {
        int count = path.getNameCount();
        if (parts.isEmpty() || count < parts.size() || absolute && (count != parts.size() || !path.isAbsolute())) {
            return false;
        }
        int offset = count - parts.size();
        for (int i = 0; i < parts.size(); i++) {
            if (!parts.get(i).matcher(path.getName(offset + i).toString()).matches()) {
                return false;
            }
        }
        return true;
    }

    // fnmatch: * ? [seq] [!seq]; everything else literal.
    private static String regex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*') {
                regex.append(".*");
            } else if (c == '?') {
                regex.append('.');
            } else if (c == '[') {
                int end = glob.indexOf(']', i + 2);
                if (end < 0) {
                    regex.append("\\[");
                    continue;
                }
                String set = glob.substring(i + 1, end);
                regex.append('[');
                if (set.startsWith("!")) {
                    regex.append('^');
                    set = set.substring(1);
                }
                regex.append(set.replace("\\", "\\\\").replace("[", "\\[").replace("&", "\\&"));
                regex.append(']');
                i = end;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }

    @Override
    public String toString() {
        return text;
    }
}
