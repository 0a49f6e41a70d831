package org.unkg.export;

import java.util.regex.Pattern;

/**
 * Spreadsheet-safe CSV cells (OWASP's advice on CSV injection): a cell that begins with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return would be read by Excel or LibreOffice as a
 * formula ({@code =HYPERLINK(...)} from a letter's file name, say), so it gets a leading apostrophe, which
 * spreadsheets show as text and do not display. A cell that is only a number ({@code -5}, {@code +1.5e3})
 * is left alone: it cannot be a formula.
 */
public final class CsvCells {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private CsvCells() {}

    /** The cell as written: prefixed with {@code '} when a spreadsheet would take it for a formula. */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char c = cell.charAt(0);
        boolean trigger = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        if (!trigger || NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "'" + cell;
    }
}
