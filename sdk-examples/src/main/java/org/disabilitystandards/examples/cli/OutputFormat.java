package org.disabilitystandards.examples.cli;

/**
 * Output formats of the commands: human text (default) or one JSON object; {@code html} only where a
 * command says so.
 */
public enum OutputFormat {
    /** Human-readable text. */
    TEXT,
    /** One JSON object, UTF-8, on stdout. */
    JSON,
    /** A self-contained HTML page. */
    HTML
}
