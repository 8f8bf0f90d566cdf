package org.disabilitystandards.core.convert;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.disabilitystandards.core.code.CodeSystem;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.UnknownCodeException;
import org.disabilitystandards.core.internal.table.TableChecks;
import org.disabilitystandards.core.internal.table.TableLoader;
import org.disabilitystandards.core.internal.table.TableProblem;
import org.disabilitystandards.core.table.TableException.Reason;

/**
 * Translates disability codes between the certificate category digit, the resident health record 残疾情况,
 * the GB/T 2261.3 health-status codes and the tax certificate types, from the bundled table
 * {@code code-translation.json}. Every code denotes a set of disability concepts; a target code whose set
 * equals the source's is EQUIVALENT, a superset BROADER, a subset NARROWER, an overlap RELATED; with no
 * overlap the answer is UNMAPPED. Several single categories in a health record together are a multiple
 * disability; a multiple disability goes into the health record only when its components are known.
 * Immutable and thread-safe.
 */
public final class CodeTranslator {

    private static final String RESOURCE = "code-translation.json";
    private static final String MULTIPLE = DisabilityCategory.MULTIPLE.name();

    private static final class Holder {
        static final CodeTranslator BUNDLED = TableLoader.bundledJson(CodeTranslator.class, RESOURCE,
                Document.class, Document::version, CodeTranslator::new);
    }

    /**
     * The schema of the table.
     *
     * @param id        the table id
     * @param version   the edition
     * @param normative whether the table is normative
     * @param basis     the basis
     * @param concepts  the disability concepts codes are aligned through
     * @param systems   the code systems
     */
    record Document(@JsonProperty(required = true) String id, @JsonProperty(required = true) String version,
            @JsonProperty(required = true) boolean normative, @JsonProperty(required = true) String basis,
            @JsonProperty(required = true) Set<String> concepts,
            @JsonProperty(required = true) Map<TranslationSystem, SystemDocument> systems) {
        Document {
            TableChecks.nonBlank("id", id);
            TableChecks.nonBlank("version", version);
            TableChecks.nonBlank("basis", basis);
            TableChecks.nonEmpty("concepts", concepts);
            for (TranslationSystem system : TranslationSystem.values()) {
                TableChecks.present("systems/" + system.name(), systems.get(system));
                systems.get(system).codes().forEach((code, entry) -> entry.concepts().forEach(concept -> {
                    if (!concepts.contains(concept)) {
                        throw TableProblem.at("/systems/" + system.name() + "/codes/" + code + "/concepts",
                                Reason.UNKNOWN_CODE, "unknown concept " + concept);
                    }
                }));
            }
        }
    }

    /**
     * One code system of the table.
     *
     * @param title       the title
     * @param source      the source
     * @param multiValued whether a value may join several codes with {@code |}
     * @param codes       the codes in table order
     */
    record SystemDocument(@JsonProperty(required = true) String title, @JsonProperty(required = true) String source,
            @JsonProperty(required = true) boolean multiValued,
            @JsonProperty(required = true) LinkedHashMap<String, CodeDocument> codes) {
        SystemDocument {
            TableChecks.nonBlank("title", title);
            TableChecks.nonBlank("source", source);
            TableChecks.nonEmpty("codes", codes.values());
        }
    }

    /**
     * One code.
     *
     * @param name     its name
     * @param concepts the concepts it denotes
     */
    record CodeDocument(@JsonProperty(required = true) String name,
            @JsonProperty(required = true) Set<String> concepts) {
        CodeDocument {
            TableChecks.nonBlank("name", name);
            TableChecks.nonEmpty("concepts", concepts);
        }
    }

    /** One code system of the table: its descriptor and codes with their names and concept sets. */
    private record SystemTable(CodeSystem codeSystem, boolean multiValued, Map<String, String> names,
            Map<String, Set<String>> concepts) {
    }

    private final Provenance provenance;
    private final boolean normative;
    private final Map<TranslationSystem, SystemTable> systems;

    private CodeTranslator(Document table) {
        this.provenance = new Provenance(table.id(), table.version(), table.basis());
        this.normative = table.normative();
        Map<TranslationSystem, SystemTable> tables = new EnumMap<>(TranslationSystem.class);
        for (TranslationSystem system : TranslationSystem.values()) {
            SystemDocument node = table.systems().get(system);
            Map<String, String> names = new LinkedHashMap<>();
            Map<String, Set<String>> concepts = new LinkedHashMap<>();
            node.codes().forEach((code, entry) -> {
                names.put(code, entry.name());
                concepts.put(code, Set.copyOf(entry.concepts()));
            });
            CodeSystem codeSystem = new CodeSystem(system.cliName(), node.title(),
                    table.id() + " " + table.version(), node.source());
            tables.put(system, new SystemTable(codeSystem, node.multiValued(), names, concepts));
        }
        this.systems = Map.copyOf(tables);
    }

    /**
     * Returns the bundled translator.
     *
     * @return the translator
     */
    public static CodeTranslator bundled() {
        return Holder.BUNDLED;
    }

    /**
     * Returns the provenance of the translation table.
     *
     * @return the provenance
     */
    public Provenance provenance() {
        return provenance;
    }

    /**
     * Translates a code without known multiple-disability components.
     *
     * @param from the source system
     * @param code the code (health record: one or more codes joined with {@code |})
     * @param to   the target system
     * @return the translation
     * @throws UnknownCodeException if the source system does not define the code
     */
    public CodeTranslation translate(TranslationSystem from, String code, TranslationSystem to) {
        return translate(from, code, to, Set.of());
    }

    /**
     * Translates a code; the component categories of a multiple disability, when known, let it map to
     * several health-record codes.
     *
     * @param from       the source system
     * @param code       the code (health record: one or more codes joined with {@code |})
     * @param to         the target system
     * @param components the single categories a multiple disability is made of (may be empty)
     * @return the translation
     * @throws UnknownCodeException if the source system does not define the code
     */
    public CodeTranslation translate(TranslationSystem from, String code, TranslationSystem to,
            Set<DisabilityCategory> components) {
        SystemTable source = systems.get(from);
        SystemTable target = systems.get(to);
        List<String> notes = new ArrayList<>();
        Set<String> concepts = new HashSet<>();
        List<String> parts = split(code, source.multiValued());
        for (String part : parts) {
            Set<String> partConcepts = source.concepts().get(part);
            if (partConcepts == null) {
                throw new UnknownCodeException(source.codeSystem(), code);
            }
            concepts.addAll(partConcepts);
        }
        Set<DisabilityCategory> knownComponents = new HashSet<>(components);
        if (parts.size() > 1 && singleCategories(concepts, knownComponents) >= 2) {
            concepts = Set.of(MULTIPLE);
            notes.add("Several categories together are a multiple disability (多重残疾).");
        }
        List<CodeCandidate> candidates = new ArrayList<>();
        if (concepts.equals(Set.of(MULTIPLE)) && target.multiValued()) {
            multipleIntoMultiValued(to, target, knownComponents, candidates, notes);
        } else {
            for (Map.Entry<String, Set<String>> entry : target.concepts().entrySet()) {
                Relationship relationship = relationship(concepts, entry.getValue());
                if (relationship != Relationship.UNMAPPED) {
                    candidates.add(new CodeCandidate(to, Optional.of(entry.getKey()),
                            Optional.of(target.names().get(entry.getKey())), relationship));
                }
            }
        }
        if (candidates.isEmpty()) {
            candidates.add(new CodeCandidate(to, Optional.empty(), Optional.empty(), Relationship.UNMAPPED));
            if (notes.isEmpty()) {
                notes.add("No code of " + to.cliName() + " corresponds to " + from.cliName() + " " + code + ".");
            }
        }
        return new CodeTranslation(from, code, candidates, normative, provenance, List.of(), notes);
    }

    private static void multipleIntoMultiValued(TranslationSystem to, SystemTable target,
            Set<DisabilityCategory> components, List<CodeCandidate> candidates, List<String> notes) {
        if (components.size() < 2) {
            notes.add("A multiple disability maps to several " + to.cliName()
                    + " codes only when its component categories are known.");
            return;
        }
        StringBuilder joined = new StringBuilder();
        StringBuilder names = new StringBuilder();
        for (Map.Entry<String, Set<String>> entry : target.concepts().entrySet()) {
            for (DisabilityCategory component : components) {
                if (entry.getValue().equals(Set.of(component.name()))) {
                    joined.append(joined.length() == 0 ? "" : "|").append(entry.getKey());
                    names.append(names.length() == 0 ? "" : "|").append(target.names().get(entry.getKey()));
                }
            }
        }
        candidates.add(new CodeCandidate(to, Optional.of(joined.toString()), Optional.of(names.toString()),
                Relationship.EQUIVALENT));
    }

    /** Counts the single categories among the concepts and collects them as components. */
    private static int singleCategories(Set<String> concepts, Set<DisabilityCategory> components) {
        int count = 0;
        for (DisabilityCategory category : DisabilityCategory.values()) {
            if (category.isSingle() && concepts.contains(category.name())) {
                components.add(category);
                count++;
            }
        }
        return count;
    }

    private static Relationship relationship(Set<String> source, Set<String> target) {
        if (source.equals(target)) {
            return Relationship.EQUIVALENT;
        }
        if (target.containsAll(source)) {
            return Relationship.BROADER;
        }
        if (source.containsAll(target)) {
            return Relationship.NARROWER;
        }
        for (String concept : source) {
            if (target.contains(concept)) {
                return Relationship.RELATED;
            }
        }
        return Relationship.UNMAPPED;
    }

    private static List<String> split(String code, boolean multiValued) {
        List<String> parts = new ArrayList<>();
        if (!multiValued) {
            parts.add(code.strip());
            return parts;
        }
        int start = 0;
        while (start <= code.length()) {
            int bar = code.indexOf('|', start);
            int end = bar < 0 ? code.length() : bar;
            parts.add(code.substring(start, end).strip());
            start = end + 1;
        }
        return parts;
    }
}
