package nl.voortgang.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import nl.voortgang.core.money.Money;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One sheet of a report's workbook: a bold header row that stays in view, then rows of typed cells. Amounts and other
 * numbers are numbers (so that a reviewer can add them up), dates are dates; text is text. A null cell stays empty.
 */
final class WorkbookSheet {

    static final String AMOUNT = "#,##0.00";
    static final String NUMBER = "0.####";
    static final String PERCENTAGE = "0.0";
    static final String DATE = "yyyy-mm-dd";
    static final String DATE_TIME = "yyyy-mm-dd hh:mm";

    private final Worksheet sheet;
    private int row;
    private int column;

    private WorkbookSheet(Worksheet sheet) {
        this.sheet = sheet;
    }

    /** A new sheet with its header row; a sheet name holds at most 31 characters and none of {@code []:*?/\}. */
    static WorkbookSheet create(Workbook workbook, String name, List<String> header) {
        WorkbookSheet sheet = new WorkbookSheet(workbook.newWorksheet(name));
        for (int i = 0; i < header.size(); i++) {
            sheet.sheet.value(0, i, header.get(i));
            sheet.sheet.style(0, i).bold().fillColor("D5DEE8").wrapText(true).set();
            sheet.sheet.width(i, Math.max(10, Math.min(60, header.get(i).length() + 4)));
        }
        sheet.sheet.freezePane(0, 1);
        sheet.row = 1;
        return sheet;
    }

    /** Sets a column's width, in characters. */
    WorkbookSheet width(int index, double characters) {
        sheet.width(index, characters);
        return this;
    }

    WorkbookSheet text(String value) {
        if (value != null) {
            sheet.value(row, column, value);
        }
        column++;
        return this;
    }

    WorkbookSheet number(BigDecimal value, String format) {
        if (value != null) {
            sheet.value(row, column, value);
            sheet.style(row, column).format(format).set();
        }
        column++;
        return this;
    }

    WorkbookSheet number(BigDecimal value) {
        return number(value, NUMBER);
    }

    WorkbookSheet whole(Integer value) {
        if (value != null) {
            sheet.value(row, column, value);
        }
        column++;
        return this;
    }

    WorkbookSheet amount(Money value) {
        return number(value == null ? null : value.amount(), AMOUNT);
    }

    WorkbookSheet percentage(BigDecimal value) {
        return number(value, PERCENTAGE);
    }

    WorkbookSheet date(LocalDate value) {
        if (value != null) {
            sheet.value(row, column, value);
            sheet.style(row, column).format(DATE).set();
        }
        column++;
        return this;
    }

    WorkbookSheet dateTime(LocalDateTime value) {
        if (value != null) {
            sheet.value(row, column, value);
            sheet.style(row, column).format(DATE_TIME).set();
        }
        column++;
        return this;
    }

    /** Ends the row; the next cell starts the next one. */
    WorkbookSheet next() {
        row++;
        column = 0;
        return this;
    }
}
