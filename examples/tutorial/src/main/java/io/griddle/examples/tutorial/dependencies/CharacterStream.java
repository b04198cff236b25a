package io.griddle.examples.tutorial.dependencies;

import java.time.Duration;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;

/**
 * {@code generate_stream(query)} of tutorials 013 and 014: the characters of a text one by one, with a pause after
 * each, as a slow stream. Pulled on Griddle's blocking executor, so the pause blocks only that thread; a client that
 * leaves interrupts the pause and ends the stream.
 *
 * <pre>{@code
 * return StreamingResponse.of(null, new CharacterStream("hello", Duration.ofMillis(100)));
 * }</pre>
 */
public final class CharacterStream implements Iterator<String> {

    private final int[] characters;
    private final Duration pause;
    private int next;
    private boolean pauseDue;

    public CharacterStream(String text, Duration pause) {
        this.characters = text.codePoints().toArray();
        this.pause = pause;
    }

    @Override
    public boolean hasNext() {
        if (pauseDue) {
            pauseDue = false;
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("the stream was cancelled");
            }
        }
        return next < characters.length;
    }

    @Override
    public String next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        pauseDue = true;
        return Character.toString(characters[next++]);
    }
}
