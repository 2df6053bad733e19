package io.orderstream.platform.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.orderstream.platform.text.Table.Column;
import org.junit.jupiter.api.Test;

class TableTest {

    private static final String NL = System.lineSeparator();

    @Test
    void alignsEveryColumnToItsWidestCellTextLeftNumbersRight() {
        String rendered = new Table(Column.number("P"), Column.text("KEY", 20), Column.text("TOPIC", 20))
                .row("0", "order-1", "orders.commands")
                .row("12", "o-2", "x")
                .render();

        assertThat(rendered).isEqualTo(""
                + " P  KEY      TOPIC" + NL
                + " 0  order-1  orders.commands" + NL
                + "12  o-2      x" + NL);
    }

    @Test
    void cutsCellsWiderThanTheirColumnAndSaysSo() {
        String rendered = new Table(Column.text("KEY", 8), Column.text("NEXT", 10))
                .row("0123456789abc", "n")
                .render();

        assertThat(rendered.lines()).containsExactly("KEY       NEXT", "01234...  n");
    }

    @Test
    void showsNullAsBlankAndFoldsLineBreaksIntoOneLine() {
        String rendered = new Table(Column.text("A", 30), Column.text("B", 30))
                .row(null, "two\nlines")
                .render();

        assertThat(rendered.lines()).containsExactly("A  B", "   two lines");
    }

    @Test
    void neverEndsALineWithBlanks() {
        String rendered = new Table(Column.text("FIRST", 10), Column.text("LAST", 10)).row("a", "").render();

        assertThat(rendered.lines()).allSatisfy(line -> assertThat(line).doesNotEndWith(" "));
    }

    @Test
    void aTitleWiderThanItsColumnsLimitIsShownWhole() {
        String rendered = new Table(Column.text("ORIGINAL TOPIC", 5)).row("orders.commands").render();

        assertThat(rendered.lines()).containsExactly("ORIGINAL TOPIC", "orders.commands".substring(0, 11) + "...");
    }

    @Test
    void refusesARowWithTheWrongNumberOfCells() {
        var table = new Table(Column.text("A", 10), Column.text("B", 10));

        assertThatThrownBy(() -> table.row("only one")).isInstanceOf(IllegalArgumentException.class);
    }
}
