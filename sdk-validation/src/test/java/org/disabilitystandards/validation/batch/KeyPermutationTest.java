package org.disabilitystandards.validation.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyPermutationTest {

    private final KeyPermutation permutation = new KeyPermutation(new SecureRandom());

    @Test
    void everyNonNegativeKeyMapsToANonNegativeImageAndBack() {
        qt().forAll(longs().between(0, Long.MAX_VALUE)).checkAssert(key -> {
            long image = permutation.apply(key);
            assertThat(image).isNotNegative();
            assertThat(permutation.invert(image)).isEqualTo(key);
        });
    }

    @Test
    void theEdgesOfTheKeyRangeMapBack() {
        for (long key : new long[] {0, 1, Long.MAX_VALUE, Long.MAX_VALUE - 1, 1L << 61, (1L << 62) | 5}) {
            assertThat(permutation.invert(permutation.apply(key))).isEqualTo(key);
        }
    }

    @Test
    void consecutiveIdNumberKeysGetScatteredDistinctImages() {
        Set<Long> images = new HashSet<>();
        long base = CompactKeys.idNumberKey("63280319900101063X") - 5000;
        for (long key = base; key < base + 10_000; key++) {
            images.add(permutation.apply(key));
        }
        assertThat(images).hasSize(10_000);
        // images of neighbouring keys are not neighbours: the order on disk says nothing about the numbers
        assertThat(Math.abs(permutation.apply(base) - permutation.apply(base + 1))).isGreaterThan(1L << 40);
    }

    @Test
    void twoRunsUseDifferentSecrets() {
        long key = CompactKeys.idNumberKey("63280319900101063X");
        assertThat(new KeyPermutation(new SecureRandom()).apply(key))
                .isNotEqualTo(new KeyPermutation(new SecureRandom()).apply(key));
    }

    @Test
    void aSpilledFileHoldsNoIdNumberKey(@TempDir Path directory) throws Exception {
        long first = CompactKeys.idNumberKey("632803199001010638") ;
        try (SpillingFirstSeenTable table = new SpillingFirstSeenTable(4, directory)) {
            // catch the file's contents through the open channel: the directory entry is gone at once
            for (int n = 0; n < 16; n++) {
                table.putIfAbsent(first + n, n + 1);
            }
            assertThat(table.runs()).isPositive();
            assertThat(Files.list(directory)).isEmpty();
            ByteBuffer contents = table.readSpilledBytesForTest();
            Set<Long> stored = new HashSet<>();
            while (contents.remaining() >= SpilledRun.ENTRY_BYTES) {
                stored.add(contents.getLong());
                contents.getLong();
            }
            assertThat(stored).hasSize(16);
            for (int n = 0; n < 16; n++) {
                assertThat(stored).doesNotContain(first + n);
            }
        }
    }
}
