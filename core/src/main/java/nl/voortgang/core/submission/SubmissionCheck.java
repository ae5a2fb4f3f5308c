package nl.voortgang.core.submission;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.voortgang.core.PartnerFigure;
import nl.voortgang.core.activity.ActivityProgress;
import nl.voortgang.core.alliance.PlannedActivity;
import nl.voortgang.core.alliance.Alliance;
import nl.voortgang.core.alliance.AllianceCode;
import nl.voortgang.core.alliance.Alliances;
import nl.voortgang.core.budget.BudgetLine;
import nl.voortgang.core.budget.BudgetStatus;
import nl.voortgang.core.csv.Problem;
import nl.voortgang.core.csv.ParsedRow;
import nl.voortgang.core.indicator.IndicatorResult;
import nl.voortgang.core.organisation.OrganisationCode;

/**
 * The checks of a partner file against the reference data, row by row as the file streams past, so that a
 * file of millions of rows needs no more memory than the keys it must keep apart. Collects every problem;
 * {@link #finish()} gives the verdict.
 * <ul>
 *   <li>one file holds one alliance and one year;</li>
 *   <li>a partner reports only about itself ({@link PartnerScopeRule}), in an alliance it belongs to that year,
 *       within the partnership period;</li>
 *   <li>a budget names each cost category once and has one status; once a year's budget is definitive, a new
 *       budget for that year must be definitive too;</li>
 *   <li>activities and indicators exist in the alliance's plan and theory of change; a partner reports only on
 *       activities it is responsible for; nothing is reported twice.</li>
 * </ul>
 */
public final class SubmissionCheck {

    private final String file;
    private final OrganisationCode sender;
    private final SubmissionKind kind;
    private final Alliances alliances;
    private final Submissions submissions;
    private final PartnerScopeRule scope;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<Object, Long> seen = new HashMap<>();
    private AllianceCode alliance;
    private Integer year;
    private long firstLine;
    private Alliance allianceFound;
    private boolean allianceChecked;
    private BudgetStatus budgetStatus;
    private long rows;

    public SubmissionCheck(String file, OrganisationCode sender, SubmissionKind kind, Alliances alliances, Submissions submissions) {
        this.file = file;
        this.sender = sender;
        this.kind = kind;
        this.alliances = alliances;
        this.submissions = submissions;
        this.scope = new PartnerScopeRule(sender);
    }

    /** Takes the problems found in the file's header. */
    public void acceptHeader(List<Problem> headerProblems) {
        problems.addAll(headerProblems);
    }

    /** Takes one parsed row: its own problems, and those of its figures against the reference data. */
    public void accept(ParsedRow<?> row) {
        problems.addAll(row.problems());
        if (!row.isValid()) {
            return;
        }
        rows++;
        PartnerFigure figure = (PartnerFigure) row.value();
        long line = row.line();
        Optional<Problem> otherPartner = scope.check(file, line, figure);
        if (otherPartner.isPresent()) {
            problems.add(otherPartner.get());
            return;
        }
        if (!sameFileScope(line, figure)) {
            return;
        }
        if (allianceFound == null) {
            return;
        }
        if (figure instanceof BudgetLine budget) {
            checkBudget(line, budget);
        } else if (figure instanceof ActivityProgress progress) {
            checkActivity(line, progress);
        } else if (figure instanceof IndicatorResult result) {
            checkIndicator(line, result);
        }
    }

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
            problems.add(Problem.error(file, line, PartnerFormats.ALLIANCE.name(), figure.alliance().value(),
                    "Dit bestand gaat over alliantie " + alliance + " (regel " + firstLine + "); één bestand gaat over één alliantie.",
                    "Stuur de cijfers voor " + figure.alliance() + " in een apart bestand."));
            same = false;
        }
        if (year != figure.year()) {
            problems.add(Problem.error(file, line, PartnerFormats.YEAR.name(), Integer.toString(figure.year()),
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
            problems.add(Problem.error(file, line, PartnerFormats.ALLIANCE.name(), figure.alliance().value(),
                    "Alliantie " + figure.alliance() + " is onbekend.", "Gebruik de code van uw alliantie: " + known + "."));
            return;
        }
        Alliance found1 = found.get();
        if (!found1.partnership().overlapsYear(figure.year())) {
            problems.add(Problem.error(file, line, PartnerFormats.YEAR.name(), Integer.toString(figure.year()),
                    figure.year() + " valt buiten de looptijd van alliantie " + found1.code() + " ("
                            + found1.partnership().firstYear() + "–" + found1.partnership().lastYear(figure.year()) + ").",
                    "Controleer het jaartal."));
            return;
        }
        if (!found1.isMemberIn(sender, figure.year())) {
            problems.add(Problem.error(file, line, PartnerFormats.ALLIANCE.name(), figure.alliance().value(),
                    sender + " is in " + figure.year() + " geen partner van alliantie " + found1.code() + " (" + found1.name() + ").",
                    "Stuur het bestand voor een alliantie waarvan " + sender + " partner is, of vraag het secretariaat het lidmaatschap vast te leggen."));
            return;
        }
        allianceFound = found1;
    }

    private void checkBudget(long line, BudgetLine budget) {
        once(line, budget.category(), PartnerFormats.BUDGET_CATEGORY.name(), budget.category().dutch(),
                "De kostensoort '" + budget.category().dutch() + "' staat al op regel %d.",
                "Zet elke kostensoort één keer in de begroting, met het totaalbedrag.");
        if (budgetStatus == null) {
            budgetStatus = budget.status();
        } else if (budgetStatus != budget.status()) {
            problems.add(Problem.error(file, line, PartnerFormats.BUDGET_STATUS.name(), budget.status().dutch(),
                    "Een begroting heeft één status; regel " + firstLine + " zegt '" + budgetStatus.dutch() + "'.",
                    "Geef alle regels dezelfde status."));
        }
    }

    private void checkActivity(long line, ActivityProgress progress) {
        Optional<PlannedActivity> planned = allianceFound.activity(progress.activity());
        String column = PartnerFormats.ACTIVITY.name();
        String code = progress.activity().value();
        if (planned.isEmpty()) {
            problems.add(Problem.error(file, line, column, code,
                    "Activiteit " + code + " staat niet in het activiteitenplan van " + allianceFound.code() + ".",
                    "Gebruik de code uit het activiteitenplan; het secretariaat kan u de lijst geven."));
            return;
        }
        PlannedActivity activity = planned.get();
        if (activity.year() != progress.year()) {
            problems.add(Problem.error(file, line, column, code,
                    "Activiteit " + code + " staat in het plan voor " + activity.year() + ", niet voor " + progress.year() + ".",
                    "Rapporteer de activiteit in het bestand over " + activity.year() + "."));
        } else if (!activity.responsible().equals(sender)) {
            problems.add(Problem.error(file, line, column, code,
                    "Activiteit " + code + " is de verantwoordelijkheid van " + activity.responsible() + "; "
                            + sender + " rapporteert alleen over eigen activiteiten.",
                    "Laat " + activity.responsible() + " over deze activiteit rapporteren."));
        }
        once(line, progress.activity(), column, code, "Activiteit " + code + " staat al op regel %d.",
                "Rapporteer elke activiteit één keer, met haar laatste stand.");
    }

    private void checkIndicator(long line, IndicatorResult result) {
        String column = PartnerFormats.INDICATOR.name();
        String code = result.indicator().value();
        if (allianceFound.theoryOfChange().indicator(result.indicator()).isEmpty()) {
            problems.add(Problem.error(file, line, column, code,
                    "Indicator " + code + " hoort niet bij de theory of change van " + allianceFound.code() + ".",
                    "Gebruik de code van een indicator van " + allianceFound.code() + "."));
            return;
        }
        String what = result.breakdown().map(d -> " (" + d + ")").orElse(" (totaal)");
        once(line, java.util.Arrays.asList(result.indicator(), result.disaggregation()), column, code,
                "Indicator " + code + what + " staat al op regel %d.",
                "Geef elke indicator één waarde per uitsplitsing.");
    }

    private void once(long line, Object key, String column, String value, String messageWithLine, String hint) {
        Long earlier = seen.putIfAbsent(key, line);
        if (earlier != null) {
            problems.add(Problem.error(file, line, column, value, String.format(messageWithLine, earlier), hint));
        }
    }

    /** The verdict on the whole file, once every row has been accepted. */
    public Verdict finish() {
        List<Problem> all = new ArrayList<>(problems);
        if (rows == 0 && all.stream().noneMatch(Problem::isError)) {
            all.add(Problem.ofFile(file, "Het bestand bevat geen gegevens, alleen een kopregel.",
                    "Vul de regels in en stuur het bestand opnieuw."));
        }
        if (kind == SubmissionKind.BUDGET && budgetStatus != null && budgetStatus != BudgetStatus.DEFINITIVE && allianceFound != null) {
            SubmissionKey key = new SubmissionKey(alliance, sender, year, kind);
            boolean definitiveBefore = submissions.current(key)
                    .map(current -> submissions.budgetLines(current.id()).stream().anyMatch(l -> l.status() == BudgetStatus.DEFINITIVE))
                    .orElse(false);
            if (definitiveBefore) {
                all.add(Problem.error(file, firstLine, PartnerFormats.BUDGET_STATUS.name(), budgetStatus.dutch(),
                        "De begroting van " + sender + " voor " + year + " is al definitief; een nieuwe versie moet ook definitief zijn.",
                        "Zet de status op 'definitief' als dit de herziene begroting is."));
            }
        }
        SubmissionKey key = alliance == null || !allianceChecked ? null : new SubmissionKey(alliance, sender, year, kind);
        return new Verdict(kind, key, rows, all);
    }

    /**
     * @param key  what the file is about; null when no row could be read
     * @param rows the number of rows that read without errors
     */
    public record Verdict(SubmissionKind kind, SubmissionKey key, long rows, List<Problem> problems) {

        public Verdict {
            problems = List.copyOf(problems);
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
