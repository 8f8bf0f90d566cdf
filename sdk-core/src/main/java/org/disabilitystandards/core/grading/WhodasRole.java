package org.disabilitystandards.core.grading;

/**
 * What a WHO-DAS II score does for a person aged 18 or over, where GB/T 26341-2010 lists it next to another
 * criterion and does not say which wins when they disagree (standards reference section 9, question 3).
 */
public enum WhodasRole {
    /** The score decides when present; the other criterion is used only when the score is absent. */
    DECIDES,
    /** The score only describes the grade; the other criterion decides and the score never changes it. */
    DESCRIPTOR,
    /** The more severe of the score's grade and the other criterion's grade. */
    MORE_SEVERE
}
