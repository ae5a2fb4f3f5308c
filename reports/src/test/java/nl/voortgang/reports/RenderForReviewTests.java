package nl.voortgang.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Writes the sample reports to target/review, to look at. */
class RenderForReviewTests {

    @Test
    void writes_the_sample_documents() {
        ProgressReportRenderer renderer = new ProgressReportRenderer();
        PdfDocument year = PdfDocument.read(renderer.render(SampleWorld.year("SWH", 2018)));
        year.writeTo(Path.of("target/review/swh-2018.pdf"));
        PdfDocument toDate = PdfDocument.read(renderer.render(SampleWorld.toDate("WEDT", 2019)));
        toDate.writeTo(Path.of("target/review/wedt-tot-2019.pdf"));
        PdfDocument english = PdfDocument.read(renderer.render(SampleWorld.year("SWH", 2018), Locale.UK));
        english.writeTo(Path.of("target/review/swh-2018-en.pdf"));
        PdfDocument newsletter = PdfDocument.read(new NewsletterRenderer().render(SampleWorld.newsletter(2019, 6)));
        newsletter.writeTo(Path.of("target/review/nieuwsbrief-2019-06.pdf"));
        PdfDocument earlier = PdfDocument.read(new NewsletterRenderer().render(SampleWorld.newsletter(2017, 10)));
        earlier.writeTo(Path.of("target/review/nieuwsbrief-2017-10.pdf"));
        assertThat(year.pageCount()).isPositive();
    }
}
