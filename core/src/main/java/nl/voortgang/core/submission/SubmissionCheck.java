package nl.voortgang.core.submission;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.voortgang.core.PartnerFigure;
import nl.voortgang.core.alliance.Alliance;
import nl.voortgang.core.alliance.AllianceCode;
import nl.voortgang.core.alliance.Alliances;
import nl.voortgang.core.csv.ParsedRow;
import nl.voortgang.core.csv.Problem;
import nl.voortgang.core.csv.ProblemCode;
import nl.voortgang.core.organisation.OrganisationCode;

/**
 * The checks of a partner file against the reference data, row by row as the file streams past, so that a
 * file of millions of rows needs no more memory than the keys it must keep apart. Collects every problem;
 * {@link #finish()} gives the verdict. The checks every partner file has are here:
 * <ul>
 *   <li>one file holds one alliance and one year;</li>
 *   <li>a partner reports only about itself ({@link PartnerScopeRule}), in an alliance it belongs to that year,
 *       within the partnership period;</li>
 *   <li>a file has at least one row.</li>
 * </ul>
 * The checks of one kind (a budget names each cost category once, activities are in the plan, …) come from the
 * kind's {@link KindDescriptor}.
 * <p>
 * However many problems a file has, memory stays bounded: the first problems (a thousand by default) are kept in
 * full, and of all of them a count per kind, which the verdict ends with when some were left out.
 */
public final class SubmissionCheck<T extends PartnerFigure> {

    private final String file;
    private final OrganisationCode sender;
    private final KindDescriptor<T> descriptor;
    private final Alliances alliances;
    private final Submissions submissions;
    private final PartnerScopeRule scope;
    private final List<Problem> problems = new ArrayList<>();
    private final int kept;
    private final Map<ProblemCode, Long> perCode = new EnumMap<>(ProblemCode.class);
    private long errors;
    private long left;
    private long leftErrors;
    private AllianceCode alliance;
    private Integer year;
    private long firstLine;
    private boolean allianceChecked;
    private KindChecks<T> kindChecks;
    private long rows;

    public SubmissionCheck(String file, OrganisationCode sender, KindDescriptor<T> descriptor, Alliances alliances, Submissions submissions) {
        this(file, sender, descriptor, alliances, submissions, SubmissionIntake.PROBLEMS_KEPT);
    }

    /** The same, keeping at most {@code kept} problems in full. */
    public SubmissionCheck(String file, OrganisationCode sender, KindDescriptor<T> descriptor, Alliances alliances, Submissions submissions,
                           int kept) {
        if (kept < 1) {
            throw new IllegalArgumentException("at least one problem must be kept: " + kept);
        }
        this.kept = kept;
        this.file = file;
        this.sender = sender;
        this.descriptor = descriptor;
        this.alliances = alliances;
        this.submissions = submissions;
        this.scope = new PartnerScopeRule(sender);
    }

    /** Takes the problems found in the file's header, or that stop it being read further. */
    public void acceptHeader(List<Problem> headerProblems) {
        headerProblems.forEach(this::add);
    }

    /** Takes one parsed row: its own problems, and those of its figures against the reference data. */
    public void accept(ParsedRow<T> row) {
        row.problems().forEach(this::add);
        if (!row.isValid()) {
            return;
        }
        rows++;
        T figure = row.value();
        long line = row.line();
        Optional<Problem> otherPartner = scope.check(file, line, figure);
        if (otherPartner.isPresent()) {
            add(otherPartner.get());
            return;
        }
        if (!sameFileScope(line, figure) || kindChecks == null) {
            return;
        }
        kindChecks.row(line, figure);
    }

    /** What the file is about, as its first row says; null before a row has read well. */
    public SubmissionKey key() {
        return alliance == null ? null : new SubmissionKey(alliance, sender, year, descriptor.kind());
    }

    /** Whether no error has been found so far. */
    public boolean clean() {
        return errors == 0;
    }

    private void add(Problem problem) {
        perCode.merge(problem.code(), 1L, Long::sum);
        if (problem.isError()) {
            errors++;
        }
        if (problems.size() < kept) {
            problems.add(problem);
        } else {
            left++;
            if (problem.isError()) {
                leftErrors++;
            }
        }
    }

    /** The problem that ends a list from which some were left out: how many, and how many of each kind. */
    private Problem tally() {
        String counts = perCode.entrySet().stream().sorted(Map.Entry.<ProblemCode, Long>comparingByValue().reversed())
                .map(e -> DUTCH.format(e.getValue()) + " × " + e.getKey().description() + " (" + e.getKey() + ")")
                .collect(Collectors.joining("; "));
        long all = problems.size() + left;
        String message = "Dit bestand heeft " + DUTCH.format(all) + " problemen; alleen de eerste " + DUTCH.format(kept) + " staan afzonderlijk "
                + "vermeld, de andere " + DUTCH.format(left) + " niet. Alle problemen per soort: " + counts + ".";
        String hint = "Los de vermelde problemen op; vaak hebben de andere dezelfde oorzaak (een verschoven kolom, een ander scheidingsteken). "
                + "Stuur het bestand dan opnieuw.";
        long listedErrors = problems.stream().filter(Problem::isError).count();
        String unlistedErrors = Long.toString(errors - listedErrors);
        return leftErrors > 0 ? Problem.error(ProblemCode.MORE_PROBLEMS, file, 0, "", unlistedErrors, message, hint)
                : Problem.warning(ProblemCode.MORE_PROBLEMS, file, 0, "", unlistedErrors, message, hint);
    }

    private static final java.text.NumberFormat DUTCH = java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("nl-NL"));

    private boolean sameFileScope(long line, PartnerFigure figure) {
        if (alliance == null) {
            alliance = figure.alliance();
            year = figure.year();
            firstLine = line;
            checkAlliance(line, figure);
            return true;
        }
        boolean same = true;
        if (!alliance.equals(figure.alliance())) {
            add(Problem.error(ProblemCode.SECOND_ALLIANCE, file, line, PartnerFormats.ALLIANCE.name(), figure.alliance().value(),
                    "Dit bestand gaat over alliantie " + alliance + " (regel " + firstLine + "); één bestand gaat over één alliantie.",
                    "Stuur de cijfers voor " + figure.alliance() + " in een apart bestand."));
            same = false;
        }
        if (year != figure.year()) {
            add(Problem.error(ProblemCode.SECOND_YEAR, file, line, PartnerFormats.YEAR.name(), Integer.toString(figure.year()),
                    "Dit bestand gaat over " + year + " (regel " + firstLine + "); één bestand gaat over één jaar.",
                    "Stuur de cijfers voor " + figure.year() + " in een apart bestand."));
            same = false;
        }
        return same;
    }

    private void checkAlliance(long line, PartnerFigure figure) {
        allianceChecked = true;
        Optional<Alliance> found = alliances.find(figure.alliance());
        if (found.isEmpty()) {
            String known = alliances.all().stream().map(a -> a.code().value()).sorted().collect(Collectors.joining(", "));
            add(Problem.error(ProblemCode.UNKNOWN_ALLIANCE, file, line, PartnerFormats.ALLIANCE.name(), figure.alliance().value(),
                    "Alliantie " + figure.alliance() + " is onbekend.", "Gebruik de code van uw alliantie: " + known + "."));
            return;
        }
        Alliance known = found.get();
        if (!known.partnership().overlapsYear(figure.year())) {
            add(Problem.error(ProblemCode.OUTSIDE_PARTNERSHIP, file, line, PartnerFormats.YEAR.name(), Integer.toString(figure.year()),
                    figure.year() + " valt buiten de looptijd van alliantie " + known.code() + " ("
                            + known.partnership().firstYear() + "–" + known.partnership().lastYear(figure.year()) + ").",
                    "Controleer het jaartal."));
            return;
        }
        if (!known.isMemberIn(sender, figure.year())) {
            add(Problem.error(ProblemCode.NOT_A_MEMBER, file, line, PartnerFormats.ALLIANCE.name(), figure.alliance().value(),
                    sender + " is in " + figure.year() + " geen partner van alliantie " + known.code() + " (" + known.name() + ").",
                    "Stuur het bestand voor een alliantie waarvan " + sender + " partner is, of vraag het secretariaat het lidmaatschap vast te leggen."));
            return;
        }
        kindChecks = descriptor.checks(new CheckContext(file, sender, known, figure.year(), line, submissions, this::add));
    }

    /** The verdict on the whole file, once every row has been accepted. */
    public Verdict finish() {
        if (kindChecks != null) {
            kindChecks.finish();
        }
        List<Problem> all = new ArrayList<>(problems);
        if (left > 0) {
            all.add(tally());
        }
        if (rows == 0 && errors == 0) {
            all.add(Problem.ofFile(ProblemCode.NO_DATA, file, "Het bestand bevat geen gegevens, alleen een kopregel.",
                    "Vul de regels in en stuur het bestand opnieuw."));
        }
        SubmissionKey key = alliance == null || !allianceChecked ? null : new SubmissionKey(alliance, sender, year, descriptor.kind());
        return new Verdict(descriptor.kind(), key, rows, all);
    }

    /**
     * @param kind the kind of file; null when it could not be recognised
     * @param key  what the file is about; null when no row could be read
     * @param rows the number of rows that read without errors
     */
    public record Verdict(SubmissionKind kind, SubmissionKey key, long rows, List<Problem> problems) {

        public Verdict {
            problems = List.copyOf(problems);
        }

        /** The verdict on a file refused before its rows could be read. */
        public static Verdict unreadable(SubmissionKind kind, Problem problem) {
            return new Verdict(kind, null, 0, List.of(problem));
        }

        public boolean accepted() {
            return key != null && problems.stream().noneMatch(Problem::isError);
        }

        public List<Problem> errors() {
            return problems.stream().filter(Problem::isError).toList();
        }

        public List<Problem> warnings() {
            return problems.stream().filter(p -> !p.isError()).toList();
        }
    }
}
