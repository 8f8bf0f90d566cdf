package org.disabilitystandards.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
 * the output, so the exit code is 0 for valid and invalid numbers alike. {@code dsds id -} reads the numbers
 * from standard input, one per line, so that they appear neither in the process list nor in shell history.
 */
@Command(name = "id", mixinStandardHelpOptions = true,
        description = "Parse a resident ID number or a disability certificate number.")
final class IdCommand implements Callable<Integer> {

    /** Longer lines of standard input are cut here (no identifier is longer); they are invalid anyway. */
    private static final int MAX_NUMBER_LENGTH = 64;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "NUMBER", descriptionKey = "number", description = "Resident ID number (18) or certificate number (20-22); "
            + "- reads numbers from standard input, one per line (keeps them out of the process list).")
    private String number;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format: text or json (default: ${DEFAULT-VALUE}).")
    private OutputFormat format;

    @Mixin
    private AsOfOption asOf;

    /** The language of errors and help (this command's output is data, the same in every language). */
    @Mixin
    private LanguageOption lang;

    @Override
    public Integer call() {
        if (format == OutputFormat.HTML) {
            throw new UserInputException("--format html is not available for id (use text or json)");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (!"-".equals(number)) {
            print(out, describe(number, asOf.asOf()));
            return ExitCodes.OK;
        }
        StandardInput.requireOpen();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try {
            boolean first = true;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String text = line.strip();
                if (text.isEmpty()) {
                    continue;
                }
                if (!first && format == OutputFormat.TEXT) {
                    out.println();
                }
                first = false;
                print(out, describe(text.length() > MAX_NUMBER_LENGTH ? text.substring(0, MAX_NUMBER_LENGTH) : text,
                        asOf.asOf()));
            }
        } catch (IOException e) {
            throw new UserInputException("cannot read standard input: " + e.getClass().getSimpleName());
        }
        return ExitCodes.OK;
    }

    private void print(PrintWriter out, ObjectNode answer) {
        if (format == OutputFormat.JSON) {
            Json.print(out, answer);
        } else {
            answer.fields().forEachRemaining(field -> out.println(field.getKey() + ": " + field.getValue().asText()));
            out.flush();
        }
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
