package org.disabilitystandards.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.disabilitystandards.core.id.DisabilityCertificateNumber;
import org.disabilitystandards.core.id.InvalidIdentifierException;
import org.disabilitystandards.core.id.ResidentIdNumber;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code dsds id NUMBER}: parses a resident ID number (GB 11643-1999, 18 characters) or a disability
 * certificate number (20-22 characters) and prints what it encodes, never the full number. The answer is
 * the output, so the exit code is 0 for valid and invalid numbers alike.
 */
@Command(name = "id", mixinStandardHelpOptions = true,
        description = "Parse a resident ID number or a disability certificate number.")
final class IdCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "NUMBER", description = "Resident ID number (18) or certificate number (20-22).")
    private String number;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private OutputFormat format;

    @Mixin
    private AsOfOption asOf;

    @Override
    public Integer call() {
        ObjectNode answer = describe(number, asOf.asOf());
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.JSON) {
            Json.print(out, answer);
        } else {
            answer.fields().forEachRemaining(field -> out.println(field.getKey() + ": " + field.getValue().asText()));
            out.flush();
        }
        return ExitCodes.OK;
    }

    static ObjectNode describe(String text, LocalDate asOf) {
        boolean certificate = text.length() > 18;
        ObjectNode node = Json.object();
        node.put("kind", certificate ? "CERTIFICATE" : "RESIDENT_ID");
        try {
            ResidentIdNumber id;
            if (certificate) {
                DisabilityCertificateNumber parsed = DisabilityCertificateNumber.parse(text, asOf);
                id = parsed.residentIdNumber();
                node.put("valid", true);
                node.put("masked", parsed.masked());
                putId(node, id);
                node.put("category", parsed.category().name());
                node.put("grade", parsed.grade().number());
                if (parsed.reissue().isPresent()) {
                    node.put("reissue", parsed.reissue().getAsInt());
                } else {
                    node.putNull("reissue");
                }
            } else {
                id = ResidentIdNumber.parse(text, asOf);
                node.put("valid", true);
                node.put("masked", id.masked());
                putId(node, id);
            }
        } catch (InvalidIdentifierException e) {
            node.put("valid", false);
            node.put("reason", e.reason().name());
        }
        return node;
    }

    private static void putId(ObjectNode node, ResidentIdNumber id) {
        node.put("regionCode", id.addressCode());
        node.put("birthDate", id.birthDate().toString());
        node.put("sex", id.sex().name());
    }
}
