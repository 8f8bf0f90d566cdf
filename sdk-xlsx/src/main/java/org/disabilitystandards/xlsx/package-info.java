/**
 * Excel workbooks ({@code .xlsx}, ECMA-376) as a {@link org.disabilitystandards.validation.batch.RowSource} of
 * the exchange-file validator, read with Apache POI's streaming reader within size limits, and the annotated
 * copy of a workbook with its problem cells marked ({@link org.disabilitystandards.xlsx.XlsxAnnotator}).
 */
package org.disabilitystandards.xlsx;
