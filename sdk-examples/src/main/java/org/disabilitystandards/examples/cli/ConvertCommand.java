package org.disabilitystandards.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.disabilitystandards.core.code.DisabilityCategory;
import org.disabilitystandards.core.code.DisabilityNature;
import org.disabilitystandards.core.code.UnknownCodeException;
import org.disabilitystandards.core.convert.BenefitApplicability;
import org.disabilitystandards.core.convert.CodeCandidate;
import org.disabilitystandards.core.convert.CodeTranslation;
import org.disabilitystandards.core.convert.CodeTranslator;
import org.disabilitystandards.core.convert.ConversionException;
import org.disabilitystandards.core.convert.Crosswalk;
import org.disabilitystandards.core.table.TableException;
import org.disabilitystandards.core.convert.GradeConversion;
import org.disabilitystandards.core.convert.GradeConverter;
import org.disabilitystandards.core.convert.GradeSource;
import org.disabilitystandards.core.convert.NationalCandidate;
import org.disabilitystandards.core.convert.Provenance;
import org.disabilitystandards.core.convert.SourceSystem;
import org.disabilitystandards.core.convert.TranslationSystem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dsds convert}: converts a military, police, work-injury grade or care level to candidate GB/T 26341
 * grades by the reference crosswalk (or an embedder's {@code --table}), with provenance, benefit
 * equivalences and notes; or translates a code between the certificate category, health record, health
 * status and tax certificate-type code systems ({@code --code} and {@code --to}). Invalid input exits 2 with
 * the rule id in the message.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert a military, police, work-injury grade or care level to GB/T 26341, "
                + "or translate a disability code between code systems.")
final class ConvertCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** The language of errors and help (this command's output is data, the same in every language). */
    @Mixin
    private LanguageOption lang;

    @Option(names = "--from", paramLabel = "SYSTEM", required = true,
            description = "military, police, work-injury, care-level; or for --code: certificate-category, "
                    + "health-record, health-status, tax-certificate-type.")
    private String from;

    @Option(names = "--grade", paramLabel = "N", description = "Grade 1-10, or care level 0-5.")
    private Integer grade;

    @Option(names = "--nature", paramLabel = "COMBAT|DUTY|ILLNESS",
            description = "Nature of a military or police disability.")
    private DisabilityNature nature;

    @Option(names = "--category", paramLabel = "CATEGORY", description = "Impaired national category, if known.")
    private DisabilityCategory category;

    @Option(names = "--table", paramLabel = "FILE", description = "Crosswalk table (JSON) replacing the bundled one.")
    private Path table;

    @Option(names = "--code", paramLabel = "CODE", description = "Code to translate (health record: 2|5).")
    private String code;

    @Option(names = "--to", paramLabel = "SYSTEM", description = "Target code system of --code.")
    private String to;

    @Option(names = "--components", paramLabel = "CATEGORY", split = ",",
            description = "Component categories of a multiple disability, for --code 7.")
    private List<DisabilityCategory> components;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format: text or json (default: ${DEFAULT-VALUE}).")
    private OutputFormat format;

    @Override
    public Integer call() {
        if (format == OutputFormat.HTML) {
            throw UserInputException.of("error.formatNotAvailable", "convert");
        }
        PrintWriter out = spec.commandLine().getOut();
        Optional<SourceSystem> gradeSystem = SourceSystem.find(from);
        if (gradeSystem.isPresent()) {
            ObjectNode answer = gradeConversion(convertGrade(gradeSystem.get()));
            print(out, answer);
            return ExitCodes.OK;
        }
        TranslationSystem source = TranslationSystem.find(from).orElseThrow(() -> UserInputException.of(
                "convert.unknownFrom", ConsoleText.masked(from)));
        print(out, translation(translate(source)));
        return ExitCodes.OK;
    }

    private GradeConversion convertGrade(SourceSystem system) {
        if (grade == null) {
            throw UserInputException.of("convert.gradeRequired", system.cliName());
        }
        if (code != null || to != null) {
            throw UserInputException.of("convert.gradeNotCode", system.cliName());
        }
        if (nature != null && !system.hasNature()) {
            throw UserInputException.of("convert.natureOnly");
        }
        try {
            GradeSource source = new GradeSource(system, grade, Optional.ofNullable(nature),
                    Optional.ofNullable(category));
            GradeConverter converter = GradeConverter.standard();
            if (table != null) {
                converter = GradeConverter.builder().crosswalk(loadTable(system)).build();
            }
            return converter.convert(source);
        } catch (ConversionException e) {
            throw UserInputException.of("convert.conversion", e.getMessage());
        }
    }

    private Crosswalk loadTable(SourceSystem system) {
        Crosswalk crosswalk;
        String name = ConsoleText.safe(String.valueOf(table.getFileName()));
        byte[] bytes = JsonFileText.read("--table " + name, table);
        try {
            crosswalk = Crosswalk.load(name, new java.io.ByteArrayInputStream(bytes));
        } catch (TableException e) {
            throw new UserInputException(ConsoleText.masked(String.valueOf(e.getMessage())));
        } catch (RuntimeException e) {
            // a table of the wrong shape that the table's own checks did not name
            throw UserInputException.of("convert.tableShape", name);
        }
        if (!crosswalk.sourceSystems().contains(system)) {
            throw UserInputException.of("convert.tableCoverage", table.getFileName(), system.cliName());
        }
        return crosswalk;
    }

    private CodeTranslation translate(TranslationSystem source) {
        if (code == null || to == null) {
            throw UserInputException.of("convert.codeRequired", source.cliName());
        }
        if (grade != null || nature != null || table != null) {
            throw UserInputException.of("convert.gradeOptionsOnly");
        }
        TranslationSystem target = TranslationSystem.find(to).orElseThrow(() -> UserInputException.of(
                "convert.unknownTo", ConsoleText.masked(to)));
        Set<DisabilityCategory> parts = components == null || components.isEmpty()
                ? Set.of() : EnumSet.copyOf(components);
        try {
            return CodeTranslator.bundled().translate(source, code, target, parts);
        } catch (UnknownCodeException e) {
            throw UserInputException.of("convert.unknownCode", source.cliName(), e.value());
        }
    }

    static ObjectNode gradeConversion(GradeConversion conversion) {
        ObjectNode node = Json.object();
        ObjectNode source = node.putObject("source");
        source.put("system", conversion.source().system().cliName());
        source.put("grade", conversion.source().grade());
        conversion.source().nature().ifPresent(n -> source.put("nature", n.name()));
        conversion.source().category().ifPresent(c -> source.put("category", c.name()));
        ArrayNode candidates = node.putArray("candidates");
        for (NationalCandidate candidate : conversion.candidates()) {
            ObjectNode c = candidates.addObject();
            c.put("category", candidate.categoryCode());
            if (candidate.grade().isPresent()) {
                c.put("grade", candidate.grade().get().number());
            } else {
                c.putNull("grade");
            }
            c.put("relationship", candidate.relationship().name());
        }
        common(node, conversion.normative(), conversion.provenance(), conversion.benefits(), conversion.notes());
        return node;
    }

    static ObjectNode translation(CodeTranslation translation) {
        ObjectNode node = Json.object();
        ObjectNode source = node.putObject("source");
        source.put("system", translation.sourceSystem().cliName());
        source.put("code", translation.sourceCode());
        ArrayNode candidates = node.putArray("candidates");
        for (CodeCandidate candidate : translation.candidates()) {
            ObjectNode c = candidates.addObject();
            c.put("system", candidate.system().cliName());
            c.put("code", candidate.code().orElse(null));
            c.put("name", candidate.name().orElse(null));
            c.put("relationship", candidate.relationship().name());
        }
        common(node, translation.normative(), translation.provenance(), translation.benefits(), translation.notes());
        return node;
    }

    private static void common(ObjectNode node, boolean normative, Provenance provenance,
            List<BenefitApplicability> benefits, List<String> notes) {
        node.put("normative", normative);
        ObjectNode p = node.putObject("provenance");
        p.put("table", provenance.tableId());
        p.put("version", provenance.version());
        p.put("basis", provenance.basis());
        ArrayNode b = node.putArray("benefits");
        for (BenefitApplicability benefit : benefits) {
            ObjectNode entry = b.addObject();
            entry.put("benefit", benefit.benefit().name());
            entry.put("applies", benefit.applies());
            entry.put("basis", benefit.basis());
        }
        ArrayNode n = node.putArray("notes");
        notes.forEach(n::add);
    }

    private void print(PrintWriter out, ObjectNode answer) {
        if (format == OutputFormat.JSON) {
            Json.print(out, answer);
            return;
        }
        ObjectNode source = (ObjectNode) answer.get("source");
        StringBuilder head = new StringBuilder("source:");
        source.fields().forEachRemaining(f -> head.append(' ').append(f.getKey()).append('=').append(f.getValue().asText()));
        out.println(head);
        out.println("normative: " + (answer.get("normative").asBoolean() ? "yes" : "no"));
        answer.get("candidates").forEach(c -> {
            StringBuilder line = new StringBuilder("candidate:");
            c.fields().forEachRemaining(f -> line.append(' ').append(f.getKey()).append('=')
                    .append(f.getValue().isNull() ? "-" : f.getValue().asText()));
            out.println(line);
        });
        ObjectNode provenance = (ObjectNode) answer.get("provenance");
        out.println("provenance: " + provenance.get("table").asText() + " version " + provenance.get("version").asText());
        out.println("basis: " + provenance.get("basis").asText());
        answer.get("benefits").forEach(b -> out.println("benefit: " + b.get("benefit").asText() + " "
                + (b.get("applies").asBoolean() ? "applies" : "does not apply") + " (" + b.get("basis").asText() + ")"));
        answer.get("notes").forEach(n -> out.println("note: " + n.asText()));
        out.flush();
    }
}
