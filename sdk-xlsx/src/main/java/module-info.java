/**
 * Excel workbooks (.xlsx) as a row source of the exchange-file validator, read with Apache POI's streaming
 * reader, and the annotated copy of a workbook.
 */
module org.disabilitystandards.xlsx {
    requires transitive org.disabilitystandards.validation;
    requires org.apache.poi.poi;
    requires org.apache.poi.ooxml;
    requires java.xml;

    exports org.disabilitystandards.xlsx;
}
