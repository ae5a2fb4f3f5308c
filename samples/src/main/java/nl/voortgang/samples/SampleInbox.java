package nl.voortgang.samples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.voortgang.core.csv.CsvSource;
import nl.voortgang.core.csv.Problem;
import nl.voortgang.core.memory.InMemoryStore;
import nl.voortgang.core.organisation.OrganisationCode;
import nl.voortgang.core.reference.ReferenceUpdate;
import nl.voortgang.core.submission.SubmissionIntake;

/**
 * Loads an inbox laid out as Voortgang reads it: {@code secretariaat/} with the reference data and newsletter
 * content, and a folder per partner code with that partner's files. Reference data first, then each partner's
 * files in name order (a date at the start of a name says when it arrived, so older versions come first).
 * Uses nothing but {@code core}.
 */
public final class SampleInbox {

    /** The folder with the secretariat's reference data and newsletter content. */
    public static final String SECRETARIAT = "secretariaat";

    private SampleInbox() {
    }

    /** What happened to each file. */
    public record Loaded(ReferenceUpdate.Result reference, List<FileOutcome> partnerFiles) {

        public List<Problem> problems() {
            List<Problem> all = new ArrayList<>(reference.problems());
            partnerFiles.forEach(f -> all.addAll(f.outcome().problems()));
            return all;
        }
    }

    public record FileOutcome(OrganisationCode partner, Path file, SubmissionIntake.Outcome outcome) {
    }

    public static Loaded load(Path inbox, InMemoryStore store) {
        List<CsvSource> referenceFiles = csvFiles(inbox.resolve(SECRETARIAT)).stream().map(SampleInbox::source).toList();
        ReferenceUpdate.Result reference = store.referenceUpdate().apply(referenceFiles);
        List<FileOutcome> outcomes = new ArrayList<>();
        for (Path folder : folders(inbox)) {
            OrganisationCode partner = OrganisationCode.of(folder.getFileName().toString());
            for (Path file : csvFiles(folder)) {
                outcomes.add(new FileOutcome(partner, file, store.intake().submit(partner, file, partner + " (inbox)")));
            }
        }
        return new Loaded(reference, outcomes);
    }

    private static CsvSource source(Path file) {
        CsvSource.Detected detected = CsvSource.detect(file);
        if (detected.source() == null) {
            throw new IllegalArgumentException(detected.problem().describe());
        }
        return detected.source();
    }

    private static List<Path> folders(Path inbox) {
        try (Stream<Path> entries = Files.list(inbox)) {
            return entries.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().equals(SECRETARIAT))
                    .filter(p -> OrganisationCode.isValid(p.getFileName().toString()))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> csvFiles(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().toLowerCase().endsWith(".csv"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
