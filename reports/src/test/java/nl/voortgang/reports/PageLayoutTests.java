package nl.voortgang.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.JasperPrint;
import nl.voortgang.core.money.DutchFormat;
import nl.voortgang.core.progress.ProgressReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a reviewer sees on the pages, checked on the filled reports before export: an amount, percentage, date or
 * status word never wraps onto a second line (the width of each column is measured by JasperReports itself, with the
 * fonts that go into the PDF), no page is blank, and no page inside a chapter is left mostly empty.
 */
class PageLayoutTests {

    /** A whole cell that must stay on one line: an amount, a percentage, a date, or a marked status. */
    private static final Pattern ONE_LINE = Pattern.compile(
            "((vóór|before|uiterlijk|by) )?\\d{1,2} \\p{L}+ \\d{4}|-?€[\\s\\u00A0][\\d.,]+|[-+]?[\\d.,]+%|✔ [\\d.,]+%|[▲▼✔] \\p{L}+( \\p{L}+)?|"
                    + "\\p{L}+( \\p{L}+)* \\d{4}( ?– ?\\d{4})?");

    private static final ProgressReportRenderer RENDERER = new ProgressReportRenderer(SampleWorld.AMSTERDAM);
    private static final List<Filled> SAMPLES = new ArrayList<>();

    private record Filled(String name, JasperPrint print) {
    }

    /** A text element where it lands on its page. */
    private record Placed(JRPrintText text, int y) {
    }

    @BeforeAll
    static void fill() {
        for (String alliance : List.of("SWH", "WEDT")) {
            for (Locale locale : List.of(DutchFormat.DUTCH, Locale.UK)) {
                for (int year = 2018; year <= 2019; year++) {
                    SAMPLES.add(new Filled(alliance + " " + year + " " + locale, RENDERER.fill(SampleWorld.year(alliance, year), locale)));
                }
                SAMPLES.add(new Filled(alliance + " tot en met 2019 " + locale, RENDERER.fill(SampleWorld.toDate(alliance, 2019), locale)));
            }
        }
    }

    @Test
    void no_amount_percentage_date_or_status_in_a_sample_report_wraps() {
        List<String> wrapped = new ArrayList<>();
        SAMPLES.forEach(sample -> wrapped.addAll(wrappedCells(sample)));
        assertThat(wrapped).isEmpty();
    }

    @Test
    void amounts_up_to_a_hundred_million_euros_fit_their_columns_in_both_languages() {
        ProgressReport large = Specimen.progressReport(700);
        assertThat(large.keyFigures().realised().toString()).startsWith("9");
        List<String> wrapped = new ArrayList<>();
        for (Locale locale : List.of(DutchFormat.DUTCH, Locale.UK)) {
            wrapped.addAll(wrappedCells(new Filled("specimen × 700 " + locale, RENDERER.fill(large, locale))));
        }
        assertThat(wrapped).isEmpty();
    }

    @Test
    void every_page_has_something_on_it_besides_its_header_and_footer() {
        SAMPLES.forEach(sample -> {
            List<JRPrintPage> pages = sample.print().getPages();
            for (int i = 0; i < pages.size(); i++) {
                assertThat(bodyBottom(sample.print(), pages.get(i))).as(sample.name() + ", page " + (i + 1) + " of " + pages.size())
                        .isGreaterThan(0);
            }
        });
    }

    @Test
    void a_page_is_at_least_half_full_unless_a_chapter_ends_on_it() {
        List<String> halfEmpty = new ArrayList<>();
        SAMPLES.forEach(sample -> {
            JasperPrint print = sample.print();
            List<JRPrintPage> pages = print.getPages();
            int body = print.getPageHeight() - print.getTopMargin() - print.getBottomMargin();
            for (int i = 1; i < pages.size() - 1; i++) {
                boolean chapterFollows = startsChapter(pages.get(i + 1));
                int bottom = bodyBottom(print, pages.get(i)) - print.getTopMargin();
                if (!chapterFollows && bottom < body / 2) {
                    halfEmpty.add(sample.name() + ", page " + (i + 1) + ": " + (100 * bottom / body) + "% full");
                }
            }
        });
        assertThat(halfEmpty).isEmpty();
    }

    private static List<String> wrappedCells(Filled sample) {
        List<String> wrapped = new ArrayList<>();
        List<JRPrintPage> pages = sample.print().getPages();
        for (int i = 0; i < pages.size(); i++) {
            int page = i + 1;
            texts(pages.get(i), placed -> {
                JRPrintText text = placed.text();
                String full = text.getFullText();
                if (full == null || full.isBlank() || !mustStayOnOneLine(text, full)) {
                    return;
                }
                int lines = full.split("\n", -1).length;
                float lineHeight = text.getFontSize() * 1.2f;
                if (text.getTextHeight() > lines * lineHeight + lineHeight / 2) {
                    wrapped.add(sample.name() + ", page " + page + ": \"" + full.replace("\n", "⏎") + "\" wraps in a "
                            + text.getWidth() + " pt wide cell");
                }
            });
        }
        return wrapped;
    }

    private static boolean mustStayOnOneLine(JRPrintText text, String full) {
        String style = text.getStyle() == null ? "" : text.getStyle().getName();
        if (style.startsWith("TableHead")) {
            return false; // a column header may take two lines; its band is made for them
        }
        if (style.endsWith("Number")) {
            return true;
        }
        if (style.startsWith("Heading") || style.equals("Body") || style.equals("Lead") || full.length() > 40) {
            return false;
        }
        return full.lines().allMatch(line -> ONE_LINE.matcher(line.strip()).matches());
    }

    /** The lowest edge of anything below the page header and above the page footer; 0 when there is nothing. */
    private static int bodyBottom(JasperPrint print, JRPrintPage page) {
        int top = print.getTopMargin() + 30;
        int bottom = print.getPageHeight() - print.getBottomMargin() - 22;
        int[] lowest = {0};
        elements(page.getElements(), 0, (element, y) -> {
            if (y >= top && y + element.getHeight() <= bottom && !(element instanceof JRPrintFrame)) {
                lowest[0] = Math.max(lowest[0], y + element.getHeight());
            }
        });
        return lowest[0];
    }

    private static boolean startsChapter(JRPrintPage page) {
        boolean[] found = {false};
        texts(page, placed -> found[0] |= placed.text().getStyle() != null && "Heading1".equals(placed.text().getStyle().getName()));
        return found[0];
    }

    private static void texts(JRPrintPage page, Consumer<Placed> each) {
        elements(page.getElements(), 0, (element, y) -> {
            if (element instanceof JRPrintText text) {
                each.accept(new Placed(text, y));
            }
        });
    }

    private interface PlacedElement {
        void accept(JRPrintElement element, int y);
    }

    private static void elements(List<JRPrintElement> elements, int offset, PlacedElement each) {
        for (JRPrintElement element : elements) {
            each.accept(element, offset + element.getY());
            if (element instanceof JRPrintFrame frame) {
                elements(frame.getElements(), offset + frame.getY(), each);
            }
        }
    }
}
