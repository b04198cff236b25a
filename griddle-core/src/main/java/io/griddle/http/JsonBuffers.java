package io.griddle.http;

import tools.jackson.core.util.BufferRecycler;
import tools.jackson.core.util.JsonRecyclerPools;
import tools.jackson.core.util.RecyclerPool;

/**
 * Where Jackson gets its scratch buffers: a buffer kept per thread on platform threads (the event loops, a bounded
 * pool), the shared pool on virtual threads, of which there is one per call and none lives long enough to reuse
 * its own. The shared pool alone costs event loops a concurrent-deque round trip per response.
 */
final class JsonBuffers implements RecyclerPool<BufferRecycler> {

    private static final long serialVersionUID = 1L;
    private static final RecyclerPool<BufferRecycler> PER_THREAD = JsonRecyclerPools.threadLocalPool();
    private static final RecyclerPool<BufferRecycler> SHARED = JsonRecyclerPools.sharedConcurrentDequePool();

    private static RecyclerPool<BufferRecycler> pool() {
        return Thread.currentThread().isVirtual() ? SHARED : PER_THREAD;
    }

    @Override
    public BufferRecycler acquirePooled() {
        return pool().acquirePooled();
    }

    @Override
    public BufferRecycler acquireAndLinkPooled() {
        return pool().acquireAndLinkPooled();
    }

    @Override
    public void releasePooled(BufferRecycler recycler) {
        pool().releasePooled(recycler);
    }
}
