package io.orderstream.platform.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A plain-text table: a title line and one line per row, every column as wide as its widest cell up to the column's
 * limit, cells beyond it cut with {@value #CUT}. Columns are two spaces apart; lines carry no trailing blanks.
 */
public final class Table {

    static final String CUT = "...";
    private static final String GAP = "  ";

    private final List<Column> columns;
    private final List<List<String>> rows = new ArrayList<>();

    public Table(Column... columns) {
        this.columns = List.of(columns);
    }

    /** One row; a null cell is blank. */
    public Table row(String... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException(columns.size() + " cells expected, got " + cells.length);
        }
        rows.add(Arrays.stream(cells).map(cell -> cell == null ? "" : oneLine(cell)).toList());
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The lines, each ending with a line break. */
    public String render() {
        int[] widths = widths();
        var text = new StringBuilder(line(columns.stream().map(Column::title).toList(), widths));
        rows.forEach(row -> text.append(line(row, widths)));
        return text.toString();
    }

    private int[] widths() {
        return IntStream.range(0, columns.size()).map(this::width).toArray();
    }

    private int width(int index) {
        Column column = columns.get(index);
        int widest = rows.stream().mapToInt(row -> row.get(index).length()).max().orElse(0);
        return Math.max(column.title().length(), Math.min(widest, column.maxWidth()));
    }

    private String line(List<String> cells, int[] widths) {
        String joined = IntStream.range(0, columns.size())
                .mapToObj(index -> columns.get(index).fit(cells.get(index), widths[index]))
                .collect(Collectors.joining(GAP));
        return joined.stripTrailing() + System.lineSeparator();
    }

    private static String oneLine(String cell) {
        return cell.replaceAll("\\s+", " ").strip();
    }

    /**
     * @param maxWidth the most characters a cell shows
     * @param rightAligned numbers read better aligned to the right
     */
    public record Column(String title, int maxWidth, boolean rightAligned) {

        public Column {
            if (maxWidth < CUT.length() + 1) {
                throw new IllegalArgumentException("a column is at least " + (CUT.length() + 1) + " wide: " + maxWidth);
            }
        }

        public static Column text(String title, int maxWidth) {
            return new Column(title, maxWidth, false);
        }

        public static Column number(String title) {
            return new Column(title, 20, true);
        }

        String fit(String cell, int width) {
            String cut = cell.length() > width ? cell.substring(0, width - CUT.length()) + CUT : cell;
            return rightAligned ? " ".repeat(width - cut.length()) + cut : cut + " ".repeat(width - cut.length());
        }
    }
}
