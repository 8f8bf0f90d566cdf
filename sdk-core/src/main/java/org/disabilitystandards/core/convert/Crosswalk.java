package org.disabilitystandards.core.convert;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.disabilitystandards.core.code.DisabilityGrade;
import org.disabilitystandards.core.internal.table.TableChecks;
import org.disabilitystandards.core.internal.table.TableLoader;
import org.disabilitystandards.core.internal.table.TableProblem;
import org.disabilitystandards.core.table.TableException;
import org.disabilitystandards.core.table.TableException.Reason;

/**
 * A reference crosswalk from a source grade scale to candidate GB/T 26341-2010 grades: id, version, basis,
 * normative flag, the source systems it serves, notes, and rows of source grades with their candidate national
 * grades ({@code 1}-{@code 4} or {@code "UNMAPPED"}) and a relationship (default RELATED). Loading validates
 * the table: every source grade of the scale covered exactly once, valid grades and candidates; errors are
 * {@link TableException}s naming the table, its version and the JSON pointer of the fault. Immutable.
 *
 * <pre>
 * {"id":"my-table","version":"2","sourceSystems":["MILITARY","POLICE"],"normative":false,"basis":"...",
 *  "notes":["..."],"rows":[{"grades":[1,2,3],"candidates":[1,2]}, ...]}
 * </pre>
 */
public final class Crosswalk {

    private static final class Holder {
        static final Crosswalk MILITARY = bundled("military-police-gbt26341-reference.json");
        static final Crosswalk WORK_INJURY = bundled("work-injury-gbt26341-reference.json");
        static final Crosswalk CARE_LEVEL = bundled("care-level-gbt26341-reference.json");
    }

    private final Provenance provenance;
    private final boolean normative;
    private final Set<SourceSystem> sourceSystems;
    private final List<String> notes;
    private final int minGrade;
    /** Candidates (category UNKNOWN) per source grade, index grade - minGrade. */
    private final List<List<NationalCandidate>> candidates;

    /**
     * The schema of a crosswalk table.
     *
     * @param id            the table id
     * @param version       the edition
     * @param sourceSystems the source systems served (names as {@link SourceSystem#find})
     * @param normative     whether the table is normative
     * @param basis         the basis
     * @param notes         the notes, or null
     * @param rows          the rows
     */
    record Document(@JsonProperty(required = true) String id, @JsonProperty(required = true) String version,
            @JsonProperty(required = true) List<String> sourceSystems,
            @JsonProperty(required = true) boolean normative, @JsonProperty(required = true) String basis,
            List<String> notes, @JsonProperty(required = true) List<Row> rows) {
        Document {
            TableChecks.nonBlank("id", id);
            TableChecks.nonBlank("version", version);
            TableChecks.nonBlank("basis", basis);
            TableChecks.nonEmpty("sourceSystems", sourceSystems);
            TableChecks.nonEmpty("rows", rows);
            notes = notes == null ? List.of() : List.copyOf(notes);
        }
    }

    /**
     * One row: source grades and their candidates ({@code 1}-{@code 4} or {@code "UNMAPPED"}).
     *
     * @param grades       the source grades
     * @param candidates   the candidates, parsed
     * @param relationship the relationship of the graded candidates (default RELATED)
     */
    record Row(List<Integer> grades, List<NationalCandidate> candidates, Relationship relationship) {

        @JsonCreator
        static Row of(@JsonProperty(value = "grades", required = true) List<Integer> grades,
                @JsonProperty(value = "candidates", required = true) List<Object> candidates,
                @JsonProperty("relationship") Relationship relationship) {
            TableChecks.nonEmpty("grades", grades);
            TableChecks.nonEmpty("candidates", candidates);
            Relationship graded = relationship == null ? Relationship.RELATED : relationship;
            if (graded == Relationship.UNMAPPED) {
                throw TableProblem.at("/relationship", Reason.UNKNOWN_CODE,
                        "relationship is one of EQUIVALENT, BROADER, NARROWER, RELATED");
            }
            List<NationalCandidate> parsed = new ArrayList<>();
            Set<Object> seen = new HashSet<>();
            for (int i = 0; i < candidates.size(); i++) {
                Object candidate = candidates.get(i);
                if (Relationship.UNMAPPED.name().equals(candidate)) {
                    parsed.add(new NationalCandidate(Optional.empty(), Optional.empty(), Relationship.UNMAPPED));
                } else if (candidate instanceof Integer grade && DisabilityGrade.find(grade).isPresent()) {
                    parsed.add(new NationalCandidate(Optional.empty(), DisabilityGrade.find(grade), graded));
                } else {
                    throw TableProblem.at("/candidates/" + i, Reason.UNKNOWN_CODE,
                            "a candidate is a GB/T 26341 grade 1-4 or \"UNMAPPED\"");
                }
                if (!seen.add(candidate)) {
                    throw TableProblem.at("/candidates/" + i, Reason.DUPLICATE_KEY,
                            "candidate " + candidate + " is listed twice");
                }
            }
            return new Row(List.copyOf(grades), List.copyOf(parsed), graded);
        }
    }

    private Crosswalk(Document table) {
        this.normative = table.normative();
        this.provenance = new Provenance(table.id(), table.version(), table.basis());
        this.sourceSystems = sourceSystems(table.sourceSystems());
        SourceSystem first = sourceSystems.iterator().next();
        this.minGrade = first.minGrade();
        int maxGrade = first.maxGrade();
        this.notes = table.notes();
        List<List<NationalCandidate>> byGrade = new ArrayList<>();
        int[] coveredBy = new int[maxGrade - minGrade + 1];
        for (int i = minGrade; i <= maxGrade; i++) {
            byGrade.add(null);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = table.rows().get(r);
            for (int g = 0; g < row.grades().size(); g++) {
                int grade = row.grades().get(g);
                String at = "/rows/" + r + "/grades/" + g;
                if (grade < minGrade || grade > maxGrade) {
                    throw TableProblem.at(at, Reason.INVALID_VALUE, "a source grade is outside "
                            + minGrade + "-" + maxGrade + " of " + first.cliName());
                }
                if (coveredBy[grade - minGrade] != 0) {
                    throw TableProblem.at(at, Reason.DUPLICATE_KEY, "source grade " + grade
                            + " is already covered by /rows/" + (coveredBy[grade - minGrade] - 1));
                }
                coveredBy[grade - minGrade] = r + 1;
                byGrade.set(grade - minGrade, row.candidates());
            }
        }
        StringBuilder missing = new StringBuilder();
        for (int i = 0; i < coveredBy.length; i++) {
            if (coveredBy[i] == 0) {
                missing.append(missing.length() == 0 ? "" : ", ").append(i + minGrade);
            }
        }
        if (missing.length() > 0) {
            throw TableProblem.at("/rows", Reason.INVALID_VALUE,
                    "source grades " + missing + " are not covered by any row");
        }
        this.candidates = List.copyOf(byGrade);
    }

    private static Set<SourceSystem> sourceSystems(List<String> names) {
        Set<SourceSystem> systems = EnumSet.noneOf(SourceSystem.class);
        for (int i = 0; i < names.size(); i++) {
            String at = "/sourceSystems/" + i;
            SourceSystem system = SourceSystem.find(names.get(i)).orElseThrow(() -> TableProblem.at(at,
                    Reason.UNKNOWN_CODE, "unknown source system (MILITARY, POLICE, FIRE_RESCUE, WORK_INJURY, CARE_LEVEL)"));
            SourceSystem first = systems.isEmpty() ? system : systems.iterator().next();
            if (first.minGrade() != system.minGrade() || first.maxGrade() != system.maxGrade()) {
                throw TableProblem.at(at, Reason.INVALID_VALUE, "source systems " + first + " and " + system
                        + " have different grade scales");
            }
            systems.add(system);
        }
        return Set.copyOf(systems);
    }

    private static Crosswalk bundled(String resource) {
        return TableLoader.bundledJson(Crosswalk.class, resource, Document.class, Document::version, Crosswalk::new);
    }

    /**
     * Returns the bundled reference crosswalk of a source system (military, police and fire and rescue share one).
     *
     * @param system the source system
     * @return the bundled crosswalk
     */
    public static Crosswalk bundled(SourceSystem system) {
        return switch (system) {
            case MILITARY, POLICE, FIRE_RESCUE -> Holder.MILITARY;
            case WORK_INJURY -> Holder.WORK_INJURY;
            case CARE_LEVEL -> Holder.CARE_LEVEL;
        };
    }

    /**
     * Loads and validates a crosswalk table from a stream (UTF-8 JSON); the stream is not closed.
     *
     * @param table the table's name for messages (e.g. the file name)
     * @param in    the stream
     * @return the crosswalk
     * @throws TableException if the table cannot be read or is invalid (names the table, edition and position)
     */
    public static Crosswalk load(String table, InputStream in) {
        return TableLoader.json(table, in, Document.class, Document::version, Crosswalk::new);
    }

    /**
     * Loads and validates a crosswalk table from a stream (UTF-8 JSON) under the name {@code crosswalk}; the
     * stream is not closed.
     *
     * @param in the stream
     * @return the crosswalk
     * @throws TableException if the table cannot be read or is invalid
     */
    public static Crosswalk load(InputStream in) {
        return load("crosswalk", in);
    }

    /**
     * Loads and validates a crosswalk table from a file; errors name the file.
     *
     * @param file the file
     * @return the crosswalk
     * @throws TableException if the file cannot be read or the table is invalid
     */
    public static Crosswalk load(Path file) {
        String table = String.valueOf(file.getFileName());
        try (InputStream in = Files.newInputStream(file)) {
            return load(table, in);
        } catch (IOException e) {
            throw new TableException(table, null, "", 0, Reason.UNREADABLE, "cannot be read", e);
        }
    }

    /**
     * Returns the provenance: table id, version, basis.
     *
     * @return the provenance
     */
    public Provenance provenance() {
        return provenance;
    }

    /**
     * Returns whether the table is normative.
     *
     * @return the normative flag
     */
    public boolean normative() {
        return normative;
    }

    /**
     * Returns the source systems the table serves.
     *
     * @return the immutable set
     */
    public Set<SourceSystem> sourceSystems() {
        return sourceSystems;
    }

    /**
     * Returns the table's notes.
     *
     * @return the immutable notes
     */
    public List<String> notes() {
        return notes;
    }

    /**
     * Returns the candidates of a source grade, with category UNKNOWN.
     *
     * @param grade a grade of the table's scale
     * @return the immutable candidates
     * @throws IndexOutOfBoundsException for a grade outside the scale
     */
    public List<NationalCandidate> candidates(int grade) {
        return candidates.get(grade - minGrade);
    }
}
