package org.labjudge.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table with aligned columns, for terminals and for logs. */
final class TextTable {

    private final List<String[]> rows = new ArrayList<>();
    private final boolean[] rightAligned;

    TextTable(String... header) {
        rows.add(header);
        rightAligned = new boolean[header.length];
    }

    TextTable alignRight(int column) {
        rightAligned[column] = true;
        return this;
    }

    void add(Object... cells) {
        String[] row = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            row[i] = cells[i] == null ? "" : String.valueOf(cells[i]);
        }
        rows.add(row);
    }

    void print(PrintWriter out) {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                String cell = row[i];
                String pad = " ".repeat(widths[i] - cell.length());
                line.append(rightAligned[i] ? pad + cell : i == columns - 1 ? cell : cell + pad);
                if (i < columns - 1) {
                    line.append("  ");
                }
            }
            out.println(line.toString().stripTrailing());
        }
        out.flush();
    }
}
