package org.disabilitystandards.core.id;

/**
 * How identifiers are shown in output meant for people or other systems. The SDK always uses
 * {@link #MASKED} unless an embedder (or the user of {@code dsds}) opts in explicitly to
 * {@link #UNMASKED}, for example to send a validation report back to the data owner who holds the same
 * numbers anyway.
 */
public enum PersonalDataPolicy {
    /** Birth date hidden: {@code 630102********001X} (the default everywhere). */
    MASKED,
    /** The full identifier, as exchanged. Personal data: only on explicit request. */
    UNMASKED;

    /**
     * Shows an identifier under this policy.
     *
     * @param identifier a resident ID number or certificate number, valid or not
     * @return the masked or the full text
     */
    public String show(CharSequence identifier) {
        return this == UNMASKED ? String.valueOf(identifier) : Masking.mask(identifier);
    }
}
