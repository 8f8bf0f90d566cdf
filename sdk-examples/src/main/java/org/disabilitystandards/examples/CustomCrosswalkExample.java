package org.disabilitystandards.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.StringJoiner;
import org.disabilitystandards.core.code.DisabilityNature;
import org.disabilitystandards.core.convert.Crosswalk;
import org.disabilitystandards.core.table.TableException;
import org.disabilitystandards.core.convert.GradeConversion;
import org.disabilitystandards.core.convert.GradeConverter;
import org.disabilitystandards.core.convert.GradeSource;
import org.disabilitystandards.core.convert.NationalCandidate;
import org.disabilitystandards.core.convert.SourceSystem;

/**
 * Guide section "Load a custom crosswalk table": writes an embedder's own (synthetic, non-normative) table
 * for military and police grades, loads it, converts with it, and shows the error of a table that covers a
 * grade twice.
 */
public final class CustomCrosswalkExample {

    /** A valid table: military and police grades 1-3 and 4-10. */
    static final String TABLE = """
            {"id": "example-military", "version": "2", "sourceSystems": ["MILITARY", "POLICE"],
             "normative": false, "basis": "Example table of the developer guide; not an official crosswalk",
             "notes": ["For triage only."],
             "rows": [
               {"grades": [1, 2, 3], "candidates": [1, 2]},
               {"grades": [4, 5, 6, 7, 8, 9, 10], "candidates": [3, "UNMAPPED"], "relationship": "RELATED"}
             ]}
            """;

    /** An invalid table: grade 3 is in both rows. */
    static final String OVERLAPPING_TABLE = TABLE.replace("[4, 5, 6,", "[3, 4, 5, 6,");

    private CustomCrosswalkExample() {
    }

    /**
     * Runs the example in a temporary directory and prints what {@link #run(Path)} returns.
     *
     * @param args ignored
     * @throws IOException if a temporary file cannot be written
     */
    public static void main(String[] args) throws IOException {
        System.out.print(run(Files.createTempDirectory("dsds-example")));
    }

    /**
     * Writes both tables into a directory, loads them and converts with the valid one.
     *
     * @param directory where to write the tables
     * @return the printed lines
     * @throws IOException if a table cannot be written
     */
    public static String run(Path directory) throws IOException {
        Path file = Files.writeString(directory.resolve("example-military.json"), TABLE, StandardCharsets.UTF_8);
        Path broken = Files.writeString(directory.resolve("broken.json"), OVERLAPPING_TABLE, StandardCharsets.UTF_8);
        StringJoiner out = new StringJoiner("\n", "", "\n");
        // [crosswalk]
        Crosswalk table = Crosswalk.load(file);                          // validated on load
        GradeConverter converter = GradeConverter.builder().crosswalk(table).build();   // build once, share

        GradeConversion conversion = converter.convert(GradeSource.of(SourceSystem.POLICE, 2, DisabilityNature.DUTY));
        out.add("table " + conversion.provenance().tableId() + " v" + conversion.provenance().version()
                + ", normative " + conversion.normative());
        for (NationalCandidate candidate : conversion.candidates()) {
            out.add("  candidate " + candidate.grade().map(g -> "grade " + g.number()).orElse("UNMAPPED") + " "
                    + candidate.relationship());
        }
        out.add("work injury still uses " + converter.crosswalk(SourceSystem.WORK_INJURY).provenance().tableId());

        try {
            Crosswalk.load(broken);
        } catch (TableException e) {
            out.add("rejected (" + e.location() + "): " + e.getMessage());
        }
        // [/crosswalk]
        return out.toString();
    }
}
