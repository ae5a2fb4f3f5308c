package nl.voortgang.reports;

import static nl.voortgang.reports.PdfDocument.plain;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import nl.voortgang.core.alliance.AllianceCode;
import nl.voortgang.core.memory.InMemoryStore;
import nl.voortgang.core.organisation.OrganisationCode;
import nl.voortgang.core.progress.ReportScope;
import nl.voortgang.core.submission.SubmissionKey;
import nl.voortgang.core.submission.SubmissionKind;
import org.junit.jupiter.api.Test;

/** Appendix A says of every source how the lead organisation reviewed it, and who did. */
class ReviewInTheReportTests {

    @Test
    void each_source_in_the_appendix_says_whether_it_was_received_approved_or_returned_and_by_whom() throws Exception {
        // given: the lead approves NVR's 2018 spending and returns its 2018 indicator results
        InMemoryStore store = SampleWorld.load();
        AllianceCode swh = AllianceCode.of("SWH");
        OrganisationCode nvr = OrganisationCode.of("NVR");
        store.review().approve(new SubmissionKey(swh, nvr, 2018, SubmissionKind.EXPENDITURE), "J. de Vries", null);
        store.review().returnForRevision(new SubmissionKey(swh, nvr, 2018, SubmissionKind.INDICATOR_RESULTS), "J. de Vries",
                "Teller en noemer ontbreken.");

        // when
        var report = store.progressReports().build(ReportScope.year(swh, 2018));
        PdfDocument dutch = PdfDocument.read(new ProgressReportRenderer().render(report));
        PdfDocument english = PdfDocument.read(new ProgressReportRenderer().render(report, Locale.UK));

        // then
        String appendix = dutch.text().substring(dutch.text().indexOf("Bijlage A"));
        assertThat(appendix).contains(plain("Nederlandse Vrouwen Raad realisatie 2018 goedgekeurd (J. de Vries)"))
                .contains(plain("Nederlandse Vrouwen Raad indicatoren 2018 ▲ teruggestuurd (J. de Vries)"))
                .contains(plain("WOMEN Inc. begroting 2018 ontvangen"));
        assertThat(english.text()).contains(plain("Nederlandse Vrouwen Raad realised expenditure 2018 approved (J. de Vries)"));
        assertThat(reviewInTheWorkbook(report, "2019-03-29_realisatie-SWH-2018-gecorrigeerd.csv"))
                .isEqualTo("goedgekeurd J. de Vries");
    }

    /** The review columns of the workbook's sources sheet, for one file. */
    private static String reviewInTheWorkbook(nl.voortgang.core.progress.ProgressReport report, String file) throws Exception {
        byte[] xlsx = new ProgressReportWorkbook().render(report, Locale.forLanguageTag("nl-NL"));
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheets().filter(s -> s.getName().equals("Bronnen")).findFirst().orElseThrow();
            for (var row : sheet.read()) {
                if (row.getCellCount() > 12 && file.equals(row.getCell(6).getText())) {
                    return row.getCell(11).getText() + " " + row.getCell(12).getText();
                }
            }
        }
        return null;
    }
}
