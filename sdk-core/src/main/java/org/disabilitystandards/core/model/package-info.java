/**
 * Immutable, typed value types of the exchange format, version 1 (one {@link
 * org.disabilitystandards.core.model.PersonRecord} per line). Generated implementations are named
 * {@code Immutable*} and built with {@code builder()}; collections never contain nulls; absent values
 * are {@link java.util.Optional}. Raw identifiers are kept as text so that invalid ones can still be
 * reported; {@code toString} masks them and never shows names.
 */
@Value.Style(
        jdkOnly = true,
        visibility = Value.Style.ImplementationVisibility.PUBLIC,
        depluralize = true,
        depluralizeDictionary = {"finding:findings", "need:needs", "benefit:benefits", "service:services",
            "assessment:assessments"},
        defaults = @Value.Immutable(copy = true))
package org.disabilitystandards.core.model;

import org.immutables.value.Value;
