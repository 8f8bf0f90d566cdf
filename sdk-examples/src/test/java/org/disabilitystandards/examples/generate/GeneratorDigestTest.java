package org.disabilitystandards.examples.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disabilitystandards.examples.Digests.sha256;

import java.io.IOException;
import java.io.StringWriter;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Same seed, same bytes: the lines and the manifest of fixed seeds hash to the SHA-256 digests recorded with
 * {@code dsds generate} on main at 82a77bf, before the defects' injections moved onto the {@link Defect}
 * constants. A change to the generator that alters its output on purpose records new digests here (and says so
 * in the changelog); {@code sha256sum} of {@code dsds generate --count N --seed S --defect-rate R [...]} gives them.
 */
class GeneratorDigestTest {

    @ParameterizedTest(name = "{0} lines, seed {1}, rate {2}, service programmes {3}")
    @CsvSource({
        "3000, 1, 0.5, false, 93da7ed1bfd924685ae0a6ae0ea3c02128017f968e3e0ec104717ee61cd6ebdd, "
                + "1a31c710ee8d4b73b3e4e97dadff78011b071d28886f504a2788071598fdf8e2",
        "3000, 7, 0.5, false, 6e144b8a31a82a54e338b7ee8752e93ad80f8a47f8a5c8ee1303a22efb5c60a9, "
                + "00d10b8566444156c1818e7685472632f26d5d256c6c0d507fcadc913c3e453c",
        "3000, 42, 0.5, false, 7ff628a5373774aac9eef598cbb5130f2eecbafc1db9bc38acf5c855673031cd, "
                + "3107247df5bf8beb566a7297cf79b15001892750c503cf7c9b67ed9aadad76e0",
        "3000, 5, 0.6, true, f1c3fe3949b67f4de5c1ac7785c4b69c9d2377ed2aa1fd4f6c12da5e92430c5a, "
                + "cacffc6974cd26ad5a689c9dc32298378e0f7f98b265ebc7011170306169a997",
        "20000, 5, 0.9, true, 4ea8fc1e67d074c4c61334db2c415ca1407fc28400ef269ff4d6b620154b3334, "
                + "6f66c36481c33c6b99c794448fb4bc47b724a935bcb82963dd4a812573a8135f"})
    void theLinesOfASeedAreByteIdenticalToMain(int count, long seed, double rate, boolean programmes, String lines,
            String manifest) throws IOException {
        RecordGenerator generator = RecordGenerator.builder().seed(seed).defectRate(rate)
                .serviceProgrammes(programmes).build();
        StringWriter out = new StringWriter();
        StringWriter defects = new StringWriter();
        generator.write(count, out, defects);
        assertThat(sha256(defects.toString())).as("manifest digest").isEqualTo(manifest);
        assertThat(sha256(out.toString())).as("lines digest").isEqualTo(lines);
    }

    @Test
    void everyDefectKindOccursInTheDigestedRuns() {
        // the digests above prove something only if every defect's injection ran in them
        Set<Defect> seen = EnumSet.noneOf(Defect.class);
        for (long seed : new long[] {1, 7, 42}) {
            RecordGenerator generator = RecordGenerator.builder().seed(seed).defectRate(0.5).build();
            for (long line = 1; line <= 3000; line++) {
                generator.generate(line).defect().ifPresent(seen::add);
            }
        }
        Set<Defect> standards = EnumSet.copyOf(seen);
        RecordGenerator programmes = RecordGenerator.builder().seed(5).defectRate(0.9).serviceProgrammes(true).build();
        for (long line = 1; line <= 20_000; line++) {
            programmes.generate(line).defect().ifPresent(seen::add);
        }
        assertThat(seen).containsExactlyInAnyOrder(Defect.values());
        assertThat(standards).allMatch(defect -> !defect.isServiceProgrammeDefect());
    }
}
