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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs read, work and emit over a sequence of batches: one reading thread produces batches in order,
 * {@code threads} workers transform them in parallel, and the calling thread consumes the results strictly
 * in the order the batches were read, so that the output does not depend on the number of threads. At
 * most {@code maxInFlight} batches exist at a time (the reader waits), which keeps memory constant.
 * With one thread everything runs on the calling thread.
 *
 * <p>Failures: whatever a thread of the pipeline throws ({@link Error}s such as {@link OutOfMemoryError}
 * included) reaches the caller, which never waits for a result that cannot come. When {@code run} returns or
 * throws, the reading thread and the workers have ended: the caller can rely on no thread of the run still
 * touching its source afterwards.
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
        WorkerThreads started = new WorkerThreads();
        ExecutorService workers = Executors.newFixedThreadPool(threads, started);
        BlockingQueue<Future<?>> inFlight = new ArrayBlockingQueue<>(maxInFlight);
        Thread reader;
        try {
            reader = new Thread(() -> read(source, work, workers, inFlight), "dsds-batch-reader");
            reader.setDaemon(true);
            reader.start();
        } catch (Throwable e) {
            workers.shutdownNow();
            throw e;
        }
        try {
            emitInOrder(inFlight, emit);
        } finally {
            reader.interrupt();
            workers.shutdownNow();
            awaitEnd(reader, workers, started);
        }
    }

    /**
     * Waits until the reader and the workers have ended. The reader was interrupted: it ends at its next wait
     * for room in the queue, or when its current read of the source returns; the workers were interrupted
     * and only compute. An interrupt of the calling thread is kept for the caller.
     */
    private static void awaitEnd(Thread reader, ExecutorService workers, WorkerThreads started) {
        boolean interrupted = false;
        while (true) {
            try {
                reader.join();
                while (!workers.awaitTermination(1, TimeUnit.MINUTES)) {
                    workers.shutdownNow();
                }
                for (Thread worker : started.threads()) {
                    worker.join();
                }
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
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
        Future<?> last;
        try {
            T batch;
            while ((batch = source.next()) != null) {
                T submitted = batch;
                inFlight.put(workers.submit(() -> work.apply(submitted)));
            }
            last = END;
        } catch (InterruptedException e) {
            return;
        } catch (Throwable e) {
            // anything, OutOfMemoryError included: the caller must learn of it rather than wait for ever
            last = CompletableFuture.failedFuture(e);
        }
        try {
            inFlight.put(last);
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

    /**
     * Names the worker threads and makes them daemons, so that an abandoned run never keeps a JVM alive, and
     * remembers them, so that the run can wait until each has ended.
     */
    private static final class WorkerThreads implements java.util.concurrent.ThreadFactory {

        private final AtomicInteger count = new AtomicInteger();
        private final java.util.Queue<Thread> threads = new java.util.concurrent.ConcurrentLinkedQueue<>();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "dsds-batch-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            threads.add(thread);
            return thread;
        }

        /** Returns every thread made so far, for joining them at the end of the run. */
        java.util.Collection<Thread> threads() {
            return threads;
        }
    }
}
