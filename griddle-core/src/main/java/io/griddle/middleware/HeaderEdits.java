package io.griddle.middleware;

import io.griddle.gateway.HeaderList;
import io.griddle.gateway.Headers;

/** Small edits of a response start's headers: a copy to change (the app's own list stays as it was), and Vary. */
final class HeaderEdits {

    private HeaderEdits() {}

    /** A mutable copy with room for a few more fields. */
    static HeaderList copy(Headers headers) {
        HeaderList copy = new HeaderList(headers.size() + 4);
        if (headers instanceof HeaderList list) {
            for (int i = 0; i < list.size(); i++) {
                copy.add(list.name(i), list.value(i));
            }
        } else {
            headers.forEach(copy::add);
        }
        return copy;
    }

    /** Adds a name to {@code Vary}, once, keeping the names already there (Starlette's {@code add_vary_header}). */
    static void addVary(HeaderList headers, String name) {
        String vary = headers.get("vary");
        if (vary == null) {
            headers.add("vary", name);
            return;
        }
        for (String present : vary.split(",")) {
            if (present.strip().equalsIgnoreCase(name)) {
                return;
            }
        }
        headers.set("vary", vary + ", " + name);
    }
}
