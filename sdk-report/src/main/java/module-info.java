/**
 * Renderings of the SDK's results for people and programs: the JSON forms of validation summaries, grading
 * results, quota results and indicator reports, and the self-contained HTML indicator report, with labels from
 * message bundles in English and Chinese.
 *
 * <p>{@code org.disabilitystandards.report.internal} (labels, the rule catalogue export used to write the
 * documentation) is not exported.
 */
module org.disabilitystandards.report {
    requires transitive org.disabilitystandards.validation;
    requires transitive com.fasterxml.jackson.databind;

    exports org.disabilitystandards.report;
}
