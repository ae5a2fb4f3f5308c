package nl.voortgang.core.reference;

import java.util.ArrayList;
import java.util.List;
import nl.voortgang.core.alliance.Alliances;
import nl.voortgang.core.csv.CsvSource;
import nl.voortgang.core.csv.Problem;
import nl.voortgang.core.newsletter.NewsletterContent;
import nl.voortgang.core.organisation.Organisations;
import nl.voortgang.core.scheme.Schemes;

/**
 * Loads the secretariat's reference data and newsletter content from a set of CSV files: reads each (its
 * format is recognised from its header), lays the set over what is stored, checks every cross-reference,
 * and stores the result only when no file has an error. See {@link ReferenceMerge} for what a file replaces.
 */
public final class ReferenceUpdate {

    private final Organisations organisations;
    private final Schemes schemes;
    private final Alliances alliances;
    private final NewsletterContent newsletter;

    public ReferenceUpdate(Organisations organisations, Schemes schemes, Alliances alliances, NewsletterContent newsletter) {
        this.organisations = organisations;
        this.schemes = schemes;
        this.alliances = alliances;
        this.newsletter = newsletter;
    }

    /** Checks the files against the stored data and each other; stores nothing. */
    public Result check(List<CsvSource> files) {
        return run(files, false);
    }

    /** Checks the files and, when none has an error, stores them all. */
    public Result apply(List<CsvSource> files) {
        return run(files, true);
    }

    private Result run(List<CsvSource> files, boolean store) {
        ReferenceSet set = ReferenceSet.read(files);
        ReferenceMerge world = new ReferenceMerge(organisations.all(), schemes.all(), alliances.all(), newsletter.editions());
        world.merge(set);
        List<Problem> problems = new ArrayList<>(set.problems());
        problems.addAll(ReferenceChecks.check(set, world));
        List<String> order = files.stream().map(CsvSource::name).toList();
        problems.sort(java.util.Comparator.comparingInt((Problem p) -> order.indexOf(p.file())).thenComparingLong(Problem::line));
        List<FileSummary> summaries = files.stream().map(f -> new FileSummary(f.name(),
                set.formatOfFile().containsKey(f.name()) ? set.formatOfFile().get(f.name()).name() : null, set.rowCount(f.name()))).toList();
        boolean ok = problems.stream().noneMatch(Problem::isError);
        if (ok && store) {
            save(world);
        }
        return new Result(summaries, problems, ok && store);
    }

    private void save(ReferenceMerge world) {
        world.schemes.values().forEach(schemes::save);
        world.organisations.values().forEach(organisations::save);
        world.alliances.values().forEach(alliances::save);
        world.editions.values().forEach(newsletter::saveEdition);
        world.news.forEach(newsletter::replaceNewsItems);
        if (world.meetings != null) {
            newsletter.replaceMeetings(world.meetings);
        }
    }

    /** What one file held: its format (null when not recognised) and how many rows read without errors. */
    public record FileSummary(String file, String format, long rows) {
    }

    /**
     * @param stored whether the set was stored (only when asked to and no file had an error)
     */
    public record Result(List<FileSummary> files, List<Problem> problems, boolean stored) {

        public Result {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }

        public boolean hasErrors() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }
}
