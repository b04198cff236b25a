package io.griddle.routing;

import java.util.Collection;
import java.util.TreeSet;

/**
 * No route or mount has the name asked for with exactly the parameters given ({@code request.urlFor}): a
 * programming error, as Starlette's {@code NoMatchFound}, so it surfaces as a 500 with this message in the log.
 */
public final class NoMatchFound extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * @param name       the name asked for
     * @param parameters the parameter names given
     */
    public NoMatchFound(String name, Collection<String> parameters) {
        super("no route or mount named '" + name + "' takes the parameters " + new TreeSet<>(parameters));
    }
}
