package org.disabilitystandards.core.code;

import java.util.Locale;

/**
 * A concept of a code system: its code, its names in Chinese (zh-CN) and English, and the code system
 * (with edition) it belongs to. Implemented by every enum of {@code core.code} and by
 * {@link AdministrativeDivision}.
 */
public interface CodedConcept {

    /**
     * Returns the code of this concept in its own code system, for example {@code "2"} for hearing
     * disability in the certificate number, or {@code "630102"} for a county.
     *
     * @return the code, never null
     */
    String code();

    /**
     * Returns the official Chinese (zh-CN) name.
     *
     * @return the Chinese name, never null
     */
    String nameZh();

    /**
     * Returns the English name.
     *
     * @return the English name, never null
     */
    String nameEn();

    /**
     * Returns the code system this concept belongs to.
     *
     * @return the code system with its edition
     */
    CodeSystem codeSystem();

    /**
     * Returns the name for a locale: Chinese for any {@code zh} locale, English otherwise.
     *
     * @param locale the reader's locale
     * @return the display name
     */
    default String displayName(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh() : nameEn();
    }
}
