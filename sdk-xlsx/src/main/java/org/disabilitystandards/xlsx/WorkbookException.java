package org.disabilitystandards.xlsx;

import java.io.IOException;
import java.util.Objects;

/**
 * A workbook that cannot be read as exchange records, with the reason as a type and a one-line message that
 * holds no cell content: a legacy {@code .xls} (BIFF8, not supported: save it as {@code .xlsx}), a
 * password-protected (encrypted) workbook, a file that is not a workbook, a sheet that does not exist, a
 * workbook beyond the reader's limits (zip bomb protection, shared strings), or broken workbook XML.
 */
public final class WorkbookException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Why a workbook cannot be read. */
    public enum Reason {
        /** A legacy Excel 97-2003 workbook ({@code .xls}, an OLE2 compound file). */
        LEGACY_XLS,
        /** A password-protected workbook (an OLE2 file holding an encrypted package). */
        ENCRYPTED,
        /** Not an Office Open XML workbook at all. */
        NOT_A_WORKBOOK,
        /** The chosen sheet does not exist. */
        SHEET_NOT_FOUND,
        /** Beyond the reader's limits: inflation ratio, entry size, shared strings, columns. */
        TOO_LARGE,
        /** Workbook XML that cannot be parsed. */
        MALFORMED
    }

    /** Why the workbook cannot be read. */
    private final Reason reason;

    /**
     * Creates the exception.
     *
     * @param reason  why
     * @param message one line, without cell content
     * @param cause   the underlying exception, or null
     */
    public WorkbookException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * Returns why the workbook cannot be read.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }
}
