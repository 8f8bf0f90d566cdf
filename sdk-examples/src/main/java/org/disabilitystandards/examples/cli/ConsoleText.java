package org.disabilitystandards.examples.cli;

import java.util.regex.Pattern;

/**
 * Makes text fit to print on a terminal: control characters (C0, DEL, C1, and the bidirectional overrides
 * that reorder what a terminal shows) are replaced, so that nothing a user fed in can move the cursor,
 * change colours or hide text. {@link #masked} also stars any run of six or more digits, so that an ID
 * number typed where it does not belong is not repeated in an error message.
 */
final class ConsoleText {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{6,}[0-9Xx]*");

    private ConsoleText() {
    }

    /**
     * Replaces control and bidirectional formatting characters with {@code ?}.
     *
     * @param text any text
     * @return the text, safe to print
     */
    static String safe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E)
                    || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F;
            out.append(control ? '?' : c);
        }
        return out.toString();
    }

    /**
     * Like {@link #safe}, and replaces every run of six or more digits (an ID number, a certificate number)
     * with stars.
     *
     * @param text any text
     * @return the text, safe to print and without long digit runs
     */
    static String masked(String text) {
        return DIGITS.matcher(safe(text)).replaceAll(m -> "*".repeat(m.group().length()));
    }
}
