package org.disabilitystandards.core.convert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.disabilitystandards.core.code.DisabilityGrade;

/**
 * A reference crosswalk from a source grade scale to candidate GB/T 26341-2010 grades: id, version, basis,
 * normative flag, the source systems it serves, notes, and rows of source grades with their candidate national
 * grades ({@code 1}-{@code 4} or {@code "UNMAPPED"}) and a relationship (default RELATED). Loading validates
 * the table: every source grade of the scale covered exactly once, valid grades and candidates; errors name
 * the row ({@link CrosswalkTableException}). Immutable.
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

    private Crosswalk(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new CrosswalkTableException(0, "the table is not a JSON object");
        }
        String id = text(root, "id");
        String version = text(root, "version");
        String basis = text(root, "basis");
        JsonNode normativeNode = field(root, "normative", 0);
        if (!normativeNode.isBoolean()) {
            throw new CrosswalkTableException(0, "normative must be true or false");
        }
        this.normative = normativeNode.asBoolean();
        this.provenance = new Provenance(id, version, basis);
        this.sourceSystems = sourceSystems(field(root, "sourceSystems", 0));
        SourceSystem first = sourceSystems.iterator().next();
        this.minGrade = first.minGrade();
        int maxGrade = first.maxGrade();
        List<String> noteList = new ArrayList<>();
        JsonNode notesNode = root.get("notes");
        if (notesNode != null && !notesNode.isNull()) {
            for (JsonNode note : notesNode) {
                noteList.add(note.asText());
            }
        }
        this.notes = List.copyOf(noteList);
        JsonNode rows = field(root, "rows", 0);
        if (!rows.isArray() || rows.isEmpty()) {
            throw new CrosswalkTableException(0, "rows must be a non-empty array");
        }
        List<List<NationalCandidate>> byGrade = new ArrayList<>();
        int[] coveredBy = new int[maxGrade - minGrade + 1];
        for (int i = minGrade; i <= maxGrade; i++) {
            byGrade.add(null);
        }
        int rowNumber = 0;
        for (JsonNode row : rows) {
            rowNumber++;
            List<NationalCandidate> rowCandidates = rowCandidates(row, rowNumber);
            JsonNode grades = field(row, "grades", rowNumber);
            if (!grades.isArray() || grades.isEmpty()) {
                throw new CrosswalkTableException(rowNumber, "grades must be a non-empty array");
            }
            for (JsonNode gradeNode : grades) {
                if (!gradeNode.isInt()) {
                    throw new CrosswalkTableException(rowNumber, "source grade " + gradeNode + " is not an integer");
                }
                int grade = gradeNode.asInt();
                if (grade < minGrade || grade > maxGrade) {
                    throw new CrosswalkTableException(rowNumber, "source grade " + grade + " is outside "
                            + minGrade + "-" + maxGrade + " of " + first.cliName());
                }
                if (coveredBy[grade - minGrade] != 0) {
                    throw new CrosswalkTableException(rowNumber, "source grade " + grade
                            + " is already covered by row " + coveredBy[grade - minGrade]);
                }
                coveredBy[grade - minGrade] = rowNumber;
                byGrade.set(grade - minGrade, rowCandidates);
            }
        }
        StringBuilder missing = new StringBuilder();
        for (int i = 0; i < coveredBy.length; i++) {
            if (coveredBy[i] == 0) {
                missing.append(missing.length() == 0 ? "" : ", ").append(i + minGrade);
            }
        }
        if (missing.length() > 0) {
            throw new CrosswalkTableException(0, "source grades " + missing + " are not covered by any row");
        }
        this.candidates = List.copyOf(byGrade);
    }

    private static Set<SourceSystem> sourceSystems(JsonNode node) {
        if (!node.isArray() || node.isEmpty()) {
            throw new CrosswalkTableException(0, "sourceSystems must be a non-empty array");
        }
        Set<SourceSystem> systems = EnumSet.noneOf(SourceSystem.class);
        for (JsonNode name : node) {
            SourceSystem system = SourceSystem.find(name.asText()).orElseThrow(() -> new CrosswalkTableException(0,
                    "unknown source system " + name + " (MILITARY, POLICE, FIRE_RESCUE, WORK_INJURY, CARE_LEVEL)"));
            SourceSystem first = systems.isEmpty() ? system : systems.iterator().next();
            if (first.minGrade() != system.minGrade() || first.maxGrade() != system.maxGrade()) {
                throw new CrosswalkTableException(0, "source systems " + first + " and " + system
                        + " have different grade scales");
            }
            systems.add(system);
        }
        return Set.copyOf(systems);
    }

    private static List<NationalCandidate> rowCandidates(JsonNode row, int rowNumber) {
        if (!row.isObject()) {
            throw new CrosswalkTableException(rowNumber, "a row must be a JSON object");
        }
        Relationship relationship = Relationship.RELATED;
        JsonNode relationshipNode = row.get("relationship");
        if (relationshipNode != null && !relationshipNode.isNull()) {
            relationship = parseRelationship(relationshipNode.asText(), rowNumber);
        }
        JsonNode list = field(row, "candidates", rowNumber);
        if (!list.isArray() || list.isEmpty()) {
            throw new CrosswalkTableException(rowNumber, "candidates must be a non-empty array");
        }
        List<NationalCandidate> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode candidate : list) {
            NationalCandidate parsed;
            if (candidate.isTextual() && candidate.asText().equals(Relationship.UNMAPPED.name())) {
                parsed = new NationalCandidate(Optional.empty(), Optional.empty(), Relationship.UNMAPPED);
            } else if (candidate.isInt() && DisabilityGrade.find(candidate.asInt()).isPresent()) {
                parsed = new NationalCandidate(Optional.empty(), DisabilityGrade.find(candidate.asInt()),
                        relationship);
            } else {
                throw new CrosswalkTableException(rowNumber, "candidate " + candidate
                        + " is neither a GB/T 26341 grade 1-4 nor \"UNMAPPED\"");
            }
            if (!seen.add(candidate.asText())) {
                throw new CrosswalkTableException(rowNumber, "candidate " + candidate + " is listed twice");
            }
            result.add(parsed);
        }
        return List.copyOf(result);
    }

    private static Relationship parseRelationship(String text, int rowNumber) {
        for (Relationship relationship : Relationship.values()) {
            if (relationship != Relationship.UNMAPPED && relationship.name().equals(text)) {
                return relationship;
            }
        }
        throw new CrosswalkTableException(rowNumber, "relationship " + text
                + " is not one of EQUIVALENT, BROADER, NARROWER, RELATED");
    }

    private static JsonNode field(JsonNode node, String name, int rowNumber) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new CrosswalkTableException(rowNumber, "missing field " + name);
        }
        return value;
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = field(node, name, 0);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new CrosswalkTableException(0, name + " must be a non-empty string");
        }
        return value.asText();
    }

    private static Crosswalk bundled(String resource) {
        return new Crosswalk(JsonResources.bundled(resource));
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
     * @param in the stream
     * @return the crosswalk
     * @throws CrosswalkTableException if the table is invalid (the message names the row)
     * @throws UncheckedIOException    if the stream cannot be read
     */
    public static Crosswalk load(InputStream in) {
        try {
            return new Crosswalk(JsonResources.mapper().readTree(in));
        } catch (JsonProcessingException e) {
            throw new CrosswalkTableException(0, "not valid JSON (line " + e.getLocation().getLineNr() + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Loads and validates a crosswalk table from a file.
     *
     * @param file the file
     * @return the crosswalk
     * @throws CrosswalkTableException if the table is invalid (the message names the row)
     * @throws UncheckedIOException    if the file cannot be read
     */
    public static Crosswalk load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
