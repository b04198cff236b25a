package io.griddle.streaming;

import java.util.concurrent.CompletionStage;

/** Where a streamed body's items come from, one at a time, as the body writer asks for them. */
interface ItemSource {

    /** Marks the end of the items. */
    Object END = new Object();

    /** The next item, or {@link #END}; asked again only after the previous stage completed. */
    CompletionStage<Object> next();

    /** Stops the producer and frees what it holds (idempotent); a pending {@link #next} may never complete. */
    void cancel();
}
