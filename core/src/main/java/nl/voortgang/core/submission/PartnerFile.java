package nl.voortgang.core.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import nl.voortgang.core.alliance.Alliances;
import nl.voortgang.core.csv.CsvReadException;
import nl.voortgang.core.csv.CsvSource;
import nl.voortgang.core.csv.CsvTable;
import nl.voortgang.core.csv.FormatDetection;
import nl.voortgang.core.csv.FormatReader;
import nl.voortgang.core.csv.ParsedRow;
import nl.voortgang.core.csv.RecordFormat;
import nl.voortgang.core.organisation.OrganisationCode;

/**
 * Reads and checks one partner file in a single streaming pass: recognises its kind from the header, parses
 * every row, and runs the {@link SubmissionCheck}. Rows that read well are handed to a consumer (which may
 * keep them, or ignore them in a dry run).
 */
public final class PartnerFile {

    private static final List<RecordFormat<?>> FORMATS = Arrays.stream(SubmissionKind.values())
            .<RecordFormat<?>>map(SubmissionKind::format).toList();

    private PartnerFile() {
    }

    /** The kind of partner file with this header, if it is recognisable. */
    public static FormatDetection.Detected<RecordFormat<?>> detectKind(String file, List<String> header) {
        return FormatDetection.detect(file, header, FORMATS);
    }

    public static Optional<SubmissionKind> kindOf(RecordFormat<?> format) {
        return Arrays.stream(SubmissionKind.values()).filter(k -> k.format() == format).findFirst();
    }

    /** Reads and checks the whole file, giving each good row (its value and the line it stood on) to {@code rows}. */
    public static SubmissionCheck.Verdict check(CsvSource source, OrganisationCode sender, Alliances alliances, Submissions submissions,
                                                Consumer<ParsedRow<?>> rows) {
        try (CsvTable table = CsvTable.open(source)) {
            var detected = detectKind(source.name(), table.header());
            if (detected.found().isEmpty()) {
                return new SubmissionCheck.Verdict(null, null, 0, List.of(detected.problem()));
            }
            SubmissionKind kind = kindOf(detected.format()).orElseThrow();
            SubmissionCheck check = new SubmissionCheck(source.name(), sender, kind, alliances, submissions);
            try (FormatReader<?> reader = detected.format().reader(table)) {
                check.acceptHeader(reader.headerProblems());
                while (reader.hasNext()) {
                    ParsedRow<?> row = reader.next();
                    check.accept(row);
                    if (row.isValid()) {
                        rows.accept(row);
                    }
                }
            } catch (CsvReadException e) {
                check.acceptHeader(List.of(e.toProblem()));
            }
            return check.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
