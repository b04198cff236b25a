package io.griddle.files;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a request path (decoded once, as the scope has it) into the names to look up under a static root, or
 * refuses it. Refused, so answered 404 whatever the files: a {@code ..} segment, a NUL, a backslash (a separator
 * on Windows, and never part of a web path). Empty and {@code .} segments are dropped, so {@code //etc/passwd} is
 * {@code etc/passwd} under the root. The path is not decoded again: {@code %2e%2e} from a double-encoded
 * {@code %252e%252e} is a (missing) file of that name, not a parent. Symbolic links are the source's concern.
 *
 * <pre>{@code
 * SafePaths.segments("/css//./site.css");  // [css, site.css]
 * SafePaths.segments("/a/../secret");      // null
 * }</pre>
 */
final class SafePaths {

    private SafePaths() {}

    /** The names to look up, in order, or {@code null} when the path must not be served. */
    static List<String> segments(String path) {
        List<String> names = new ArrayList<>(4);
        int start = 0;
        int length = path.length();
        for (int i = 0; i <= length; i++) {
            char c = i < length ? path.charAt(i) : '/';
            if (c == '\0' || c == '\\') {
                return null;
            }
            if (c != '/') {
                continue;
            }
            int size = i - start;
            if (size == 2 && path.charAt(start) == '.' && path.charAt(start + 1) == '.') {
                return null;
            }
            if (size > 0 && !(size == 1 && path.charAt(start) == '.')) {
                names.add(path.substring(start, i));
            }
            start = i + 1;
        }
        return names;
    }
}
