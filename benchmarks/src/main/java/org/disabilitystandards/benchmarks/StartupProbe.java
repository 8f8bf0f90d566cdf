package org.disabilitystandards.benchmarks;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import org.disabilitystandards.core.code.AdministrativeDivisions;
import org.disabilitystandards.core.id.ResidentIdNumber;
import org.disabilitystandards.core.json.PersonRecordReader;
import org.disabilitystandards.core.json.RecordReadResult;
import org.disabilitystandards.validation.report.ValidationReport;
import org.disabilitystandards.validation.rule.Profile;
import org.disabilitystandards.validation.rule.RecordValidator;

/**
 * Start-up figures of docs/performance.md, in a fresh JVM: the time from JVM start to {@code main}; then,
 * step by step and in this order, loading the bundled GB/T 2260 table, loading the Qinghai profile (rules
 * catalogue and grading thresholds), building its {@link RecordValidator}, and reading and validating the
 * first record; then the same again with everything loaded (a second validator for a second profile is
 * built, and a second record validated). Prints one line of JSON with the milliseconds of each step.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.disabilitystandards.benchmarks.StartupProbe [--databind-first]};
 * with {@code --databind-first}, Jackson databind's {@code ObjectMapper} is created first and timed on its
 * own, to tell its class loading from the loading of the tables.
 */
public final class StartupProbe {

    /** A synthetic ID number, completed with its check character when the probe starts. */
    private static final String ID_DIGITS = "63272320030912942";
    private static final String LINE = "{\"recordId\":\"QH-00000001\",\"idNumber\":\"ID\","
            + "\"name\":\"\u6768\u6210\",\"sex\":\"FEMALE\",\"birthDate\":\"2003-09-12\",\"regionCode\":\"632723\","
            + "\"residence\":\"RURAL\",\"certificate\":{\"number\":\"ID42\",\"category\":\"PHYSICAL\","
            + "\"grade\":2,\"issuedOn\":\"2019-03-22\",\"validUntil\":\"2029-03-21\"},\"assessments\":[{\"category\":"
            + "\"PHYSICAL\",\"assessedOn\":\"2019-03-16\",\"grade\":2,\"measurements\":{\"findings\":"
            + "[\"HEMI_OR_PARAPLEGIA_RESIDUAL\"]}}]}";
    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

    private StartupProbe() {
    }

    /**
     * Runs the probe.
     *
     * @param args none
     */
    public static void main(String[] args) {
        long mainAt = System.nanoTime();
        long jvmToMain = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        long d0 = System.nanoTime();
        boolean databindFirst = args.length > 0 && "--databind-first".equals(args[0]);
        String line = LINE.replace("ID", ID_DIGITS + ResidentIdNumber.checkCharacter(ID_DIGITS));
        if (databindFirst) {
            new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        }
        long t0 = System.nanoTime();
        AdministrativeDivisions divisions = AdministrativeDivisions.bundled();
        long t1 = System.nanoTime();
        Profile profile = Profile.qinghai();
        long t2 = System.nanoTime();
        RecordValidator validator = RecordValidator.forProfile(profile, divisions);
        long t3 = System.nanoTime();
        RecordReadResult read = PersonRecordReader.standard().read(line);
        ValidationReport report = validator.validate(read.record().orElseThrow(), AS_OF);
        long t4 = System.nanoTime();
        Profile second = Profile.national();
        long t5 = System.nanoTime();
        RecordValidator again = RecordValidator.forProfile(second, divisions);
        long t6 = System.nanoTime();
        ValidationReport secondReport = again.validate(PersonRecordReader.standard().read(line).record()
                .orElseThrow(), AS_OF);
        long t7 = System.nanoTime();
        System.out.printf("{\"databindMs\":%.1f,\"jvmToMainMs\":%d,\"divisionsMs\":%.1f,\"profileMs\":%.1f,\"buildMs\":%.1f,"
                        + "\"firstRecordMs\":%.1f,\"mainToFirstResultMs\":%.1f,\"secondProfileMs\":%.1f,"
                        + "\"secondBuildMs\":%.1f,\"secondRecordMs\":%.1f,\"issues\":%d}%n",
                ms(d0, t0), jvmToMain, ms(t0, t1), ms(t1, t2), ms(t2, t3), ms(t3, t4), ms(mainAt, t4), ms(t4, t5), ms(t5, t6),
                ms(t6, t7), report.issues().size() + secondReport.issues().size());
    }

    private static double ms(long from, long to) {
        return (to - from) / 1e6;
    }
}
