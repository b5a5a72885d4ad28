package org.bt4j.feed;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Runs the independent tasks of one bulk load (the columns of a bar file, the chunks of a CSV
 * file) on the calling thread and helper threads started for the call: each thread takes the next
 * task number until none is left, so a thread that another process slows down takes fewer tasks.
 * Returns when every task is done; then an exception of a task (a bug, or running out of memory:
 * bad input is reported through the tasks' results, not thrown) is rethrown on the calling thread,
 * the one of the lowest task number. Called from one thread at a time per load; stateless.
 *
 * <p>The worker here and the tasks of the bar file's load are anonymous classes, not lambdas: a
 * lambda's first call links through {@code LambdaMetafactory} and spins its method-handle classes,
 * about 1-2 ms of a cold start each, and these run once per load (BENCHMARKS.md §12.1).
 */
final class LoadThreads {

    private LoadThreads() {
    }

    /** The number of threads a load uses unless told otherwise: one per processor. */
    static int available() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Runs {@code task} for every number in {@code [0, tasks)} on at most {@code threads} threads
     * (the caller's included); with one thread or one task, all on the caller's.
     */
    static void run(int tasks, int threads, IntConsumer task) {
        int helpers = Math.min(threads, tasks) - 1;
        if (helpers <= 0) {
            for (int i = 0; i < tasks; i++) {
                task.accept(i);
            }
            return;
        }
        AtomicInteger nextTask = new AtomicInteger();
        Throwable[] failures = new Throwable[tasks];
        Runnable worker = new Runnable() {
            @Override
            public void run() {
                for (int i = nextTask.getAndIncrement(); i < tasks; i = nextTask.getAndIncrement()) {
                    try {
                        task.accept(i);
                    } catch (RuntimeException | Error e) {
                        failures[i] = e;
                    }
                }
            }
        };
        Thread[] started = new Thread[helpers];
        for (int h = 0; h < helpers; h++) {
            started[h] = new Thread(worker, "bt4j-load-" + (h + 1));
            started[h].setDaemon(true);
            started[h].start();
        }
        worker.run();
        boolean interrupted = false;
        for (Thread t : started) {
            while (t.isAlive()) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    interrupted = true; // the tasks are short: finish them, then keep the flag
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        for (Throwable f : failures) {
            if (f instanceof RuntimeException r) {
                throw r;
            }
            if (f instanceof Error e) {
                throw e;
            }
        }
    }
}
