package org.disabilitystandards.validation.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedPipelineTest {

    /** Work whose cost varies a lot from batch to batch, so that workers finish out of order. */
    private static int uneven(int n) {
        long x = n;
        for (int i = 0; i < (n % 7) * 20_000; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
        }
        return x == Long.MAX_VALUE ? -n : n;
    }

    @Test
    void resultsComeInSourceOrderWhateverTheThreads() {
        for (int threads : new int[] {1, 2, 5}) {
            AtomicInteger next = new AtomicInteger();
            List<Integer> seen = new ArrayList<>();
            OrderedPipeline.run(() -> next.get() < 300 ? next.getAndIncrement() : null, OrderedPipelineTest::uneven,
                    seen::add, threads, 3);
            assertThat(seen).isEqualTo(IntStream.range(0, 300).boxed().collect(Collectors.toList()));
        }
    }

    @Test
    void aFailingSourceStopsTheRun() {
        AtomicInteger next = new AtomicInteger();
        OrderedPipeline.Source<Integer> source = () -> {
            if (next.get() == 50) {
                throw new IOException("broken");
            }
            return next.getAndIncrement();
        };
        List<Integer> seen = new ArrayList<>();
        assertThatThrownBy(() -> OrderedPipeline.run(source, n -> n, seen::add, 3, 4))
                .isInstanceOf(UncheckedIOException.class).hasRootCauseMessage("broken");
        assertThat(seen).hasSize(50);
    }

    @Test
    void aFailingWorkerStopsTheRun() {
        AtomicInteger next = new AtomicInteger();
        assertThatThrownBy(() -> OrderedPipeline.run(() -> next.get() < 100 ? next.getAndIncrement() : null, n -> {
            if (n == 30) {
                throw new IllegalArgumentException("bad batch");
            }
            return n;
        }, n -> { }, 2, 2)).isInstanceOf(IllegalArgumentException.class).hasMessage("bad batch");
    }
}
