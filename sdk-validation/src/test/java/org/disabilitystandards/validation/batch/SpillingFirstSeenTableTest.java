package org.disabilitystandards.validation.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpillingFirstSeenTableTest {

    private static final int TINY = 64;

    @TempDir
    Path directory;

    /** Spreads small numbers over the whole key range, exact and hashed keys alike. */
    private static long key(int n) {
        return n % 3 == 0 ? n : (n * 0x9E3779B97F4A7C15L) & Long.MAX_VALUE;
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(directory)) {
            return list.toList();
        }
    }

    @Test
    void answersLikeAHashMapWhateverTheSequence() {
        qt().withExamples(300).forAll(lists().of(integers().between(0, 2500)).ofSizeBetween(1, 4000),
                integers().between(1, 200)).checkAssert((numbers, keysInMemory) -> {
                    Map<Long, Long> reference = new HashMap<>();
                    try (SpillingFirstSeenTable table = new SpillingFirstSeenTable(keysInMemory, directory)) {
                        for (int i = 0; i < numbers.size(); i++) {
                            long key = key(numbers.get(i));
                            long line = i + 1;
                            Long expected = reference.putIfAbsent(key, line);
                            assertThat(table.putIfAbsent(key, line))
                                    .isEqualTo(expected == null ? FirstSeenTable.ABSENT : expected);
                        }
                        assertThat(table.runs()).isEqualTo(reference.size() / keysInMemory);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    try {
                        assertThat(files()).isEmpty();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    @Test
    void findsDuplicatesInRunsAndInMemoryWithTheirFirstLines() throws IOException {
        try (SpillingFirstSeenTable table = new SpillingFirstSeenTable(TINY, directory)) {
            for (int n = 0; n < 5000; n++) {
                assertThat(table.putIfAbsent(key(n), 10L + n)).isEqualTo(FirstSeenTable.ABSENT);
            }
            assertThat(table.runs()).isEqualTo(5000 / TINY);
            for (int n = 0; n < 5000; n++) {
                assertThat(table.putIfAbsent(key(n), 100_000L + n)).isEqualTo(10L + n);
            }
            assertThat(table.putIfAbsent(key(4999), 1)).as("kept in memory").isEqualTo(10L + 4999);
            assertThat(table.putIfAbsent(key(0), 1)).as("first run, first block").isEqualTo(10L);
            assertThat(table.putIfAbsent(key(5000), 200_000L)).isEqualTo(FirstSeenTable.ABSENT);
            assertThat(table.putIfAbsent(key(5000), 200_001L)).isEqualTo(200_000L);
        }
    }

    @Test
    void blocksOfTheSparseIndexAreSearchedAtTheirEdges() throws IOException {
        int keys = SpilledRun.BLOCK_ENTRIES * 3 + 1;
        try (SpillingFirstSeenTable table = new SpillingFirstSeenTable(keys, directory)) {
            for (int n = 0; n < keys; n++) {
                table.putIfAbsent(2L * n + 2, n);
            }
            assertThat(table.runs()).isEqualTo(1);
            for (int n = 0; n < keys; n++) {
                assertThat(table.putIfAbsent(2L * n + 2, -5)).isEqualTo(n);
            }
            assertThat(table.putIfAbsent(0, 1)).as("below the first key").isEqualTo(FirstSeenTable.ABSENT);
            assertThat(table.putIfAbsent(2L * keys + 2, 1)).as("above the last key")
                    .isEqualTo(FirstSeenTable.ABSENT);
        }
    }

    @Test
    void noFileIsLeftInTheDirectoryEvenWhileTheTableSpills() throws IOException {
        try (SpillingFirstSeenTable table = new SpillingFirstSeenTable(TINY, directory)) {
            for (int n = 0; n < 10 * TINY; n++) {
                table.putIfAbsent(key(n), n);
                assertThat(files()).isEmpty();
            }
            assertThat(table.runs()).isGreaterThan(1);
            assertThat(table.putIfAbsent(key(3), 99)).isEqualTo(3);
        }
        assertThat(files()).isEmpty();
    }

    @Test
    void lineNumbersBeyondTheIntRangeSurviveASpill() throws IOException {
        long far = 5_000_000_000L;
        try (SpillingFirstSeenTable table = new SpillingFirstSeenTable(TINY, directory)) {
            for (int n = 0; n < 3 * TINY; n++) {
                table.putIfAbsent(key(n), far + n);
            }
            assertThat(table.runs()).isPositive();
            assertThat(table.putIfAbsent(key(0), 1)).isEqualTo(far);
            assertThat(table.putIfAbsent(key(3 * TINY - 1), 1)).isEqualTo(far + 3 * TINY - 1);
        }
    }

    @Test
    void aMissingDirectoryFailsAtTheFirstSpill() throws IOException {
        try (SpillingFirstSeenTable table = new SpillingFirstSeenTable(2, directory.resolve("missing"))) {
            assertThat(table.putIfAbsent(1, 1)).isEqualTo(FirstSeenTable.ABSENT);
            assertThatThrownBy(() -> table.putIfAbsent(2, 2)).isInstanceOf(NoSuchFileException.class);
        }
    }

    @Test
    void theCapacityIsAtLeastOne() {
        assertThatThrownBy(() -> new SpillingFirstSeenTable(0, directory))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBloomFilterKeepsEveryKeyAndRejectsMostOthers() {
        BloomFilter filter = new BloomFilter(10_000);
        for (int n = 0; n < 10_000; n++) {
            filter.add(key(n));
        }
        int falsePositives = 0;
        for (int n = 0; n < 10_000; n++) {
            assertThat(filter.mightContain(key(n))).isTrue();
            if (filter.mightContain(key(n + 1_000_000))) {
                falsePositives++;
            }
        }
        assertThat(falsePositives).as("about 1 %% of 10 000").isBetween(1, 300);
    }
}
