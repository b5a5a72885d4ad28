package org.bt4j.line;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test fixture: an indicator opted in to {@link OncePipeline} ({@link Indicator#onceInSpans()})
 * whose line is a copy of its input; it records the threads its vectorised pass ran on, and its
 * pass may fail in the span that holds a given bar. Its pass runs on one thread at a time.
 */
public final class SpanCopy extends Indicator {

    /** The names of the threads {@link #once} ran on. */
    public final Set<String> threads = ConcurrentHashMap.newKeySet();
    private final int failAt;
    private final Throwable failure;

    /** A copy of {@code in} that never fails. */
    public SpanCopy(Line in) {
        this(in, -1, null);
    }

    /** A copy of {@code in} whose pass throws {@code failure} (an unchecked exception or an error) in the span holding bar {@code failAt}. */
    public SpanCopy(Line in, int failAt, Throwable failure) {
        super(new String[] {"copy"}, in);
        this.failAt = failAt;
        this.failure = failure;
    }

    @Override
    protected boolean onceInSpans() {
        return true;
    }

    @Override
    protected void next() {
        out(0).set(0, input(0).get(0));
    }

    @Override
    protected void once(int start, int end) {
        threads.add(Thread.currentThread().getName());
        if (start <= failAt && failAt < end) {
            if (failure instanceof Error e) {
                throw e;
            }
            throw (RuntimeException) failure;
        }
        System.arraycopy(input(0).buffer().array(), start, out(0).array(), start, end - start);
    }
}
