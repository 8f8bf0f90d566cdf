package org.disabilitystandards.validation.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs read, work and emit over a sequence of batches: one reading thread produces batches in order,
 * {@code threads} workers transform them in parallel, and the calling thread consumes the results strictly
 * in the order the batches were read, so that the output does not depend on the number of threads. At
 * most {@code maxInFlight} batches exist at a time (the reader waits), which keeps memory constant.
 * With one thread everything runs on the calling thread.
 */
final class OrderedPipeline {

    private static final Future<Object> END = CompletableFuture.completedFuture(null);

    private OrderedPipeline() {
    }

    /** Produces the next batch, or null at the end of the input. */
    @FunctionalInterface
    interface Source<T> {
        T next() throws IOException;
    }

    /**
     * Runs the pipeline to the end of the source.
     *
     * @throws UncheckedIOException if the source fails
     */
    static <T, R> void run(Source<T> source, Function<T, R> work, Consumer<R> emit, int threads, int maxInFlight) {
        if (threads <= 1) {
            runSequentially(source, work, emit);
            return;
        }
        ExecutorService workers = Executors.newFixedThreadPool(threads, new WorkerThreads());
        BlockingQueue<Future<?>> inFlight = new ArrayBlockingQueue<>(maxInFlight);
        Thread reader = new Thread(() -> read(source, work, workers, inFlight), "dsds-batch-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            emitInOrder(inFlight, emit);
        } finally {
            reader.interrupt();
            workers.shutdownNow();
        }
    }

    private static <T, R> void runSequentially(Source<T> source, Function<T, R> work, Consumer<R> emit) {
        try {
            T batch;
            while ((batch = source.next()) != null) {
                emit.accept(work.apply(batch));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T, R> void read(Source<T> source, Function<T, R> work, ExecutorService workers,
            BlockingQueue<Future<?>> inFlight) {
        try {
            try {
                T batch;
                while ((batch = source.next()) != null) {
                    T submitted = batch;
                    inFlight.put(workers.submit(() -> work.apply(submitted)));
                }
                inFlight.put(END);
            } catch (IOException | RuntimeException e) {
                inFlight.put(CompletableFuture.failedFuture(e));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @SuppressWarnings("unchecked")
    private static <R> void emitInOrder(BlockingQueue<Future<?>> inFlight, Consumer<R> emit) {
        while (true) {
            Future<?> next;
            Object result;
            try {
                next = inFlight.take();
                if (next == END) {
                    return;
                }
                result = next.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("batch validation interrupted", e);
            } catch (ExecutionException e) {
                throw rethrow(e.getCause());
            }
            emit.accept((R) result);
        }
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof IOException) {
            return new UncheckedIOException((IOException) cause);
        }
        if (cause instanceof RuntimeException) {
            return (RuntimeException) cause;
        }
        if (cause instanceof Error) {
            throw (Error) cause;
        }
        return new IllegalStateException(cause);
    }

    /** Names the worker threads and makes them daemons, so that an abandoned run never keeps a JVM alive. */
    private static final class WorkerThreads implements java.util.concurrent.ThreadFactory {

        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "dsds-batch-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
