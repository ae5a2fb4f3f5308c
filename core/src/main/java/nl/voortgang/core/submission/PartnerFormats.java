package nl.voortgang.core.submission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.voortgang.core.alliance.ActivityCode;
import nl.voortgang.core.activity.ActivityProgress;
import nl.voortgang.core.alliance.ActivityStatus;
import nl.voortgang.core.alliance.AllianceCode;
import nl.voortgang.core.alliance.IndicatorCode;
import nl.voortgang.core.narrative.Narrative;
import nl.voortgang.core.budget.BudgetLine;
import nl.voortgang.core.budget.BudgetStatus;
import nl.voortgang.core.budget.CostCategory;
import nl.voortgang.core.budget.Expenditure;
import nl.voortgang.core.csv.Column;
import nl.voortgang.core.csv.ProblemCode;
import nl.voortgang.core.csv.RecordFormat;
import nl.voortgang.core.csv.Row;
import nl.voortgang.core.csv.Types;
import nl.voortgang.core.alliance.Disaggregation;
import nl.voortgang.core.indicator.IndicatorResult;
import nl.voortgang.core.money.DutchFormat;
import nl.voortgang.core.money.Money;
import nl.voortgang.core.indicator.Ratio;
import nl.voortgang.core.organisation.OrganisationCode;

/**
 * The CSV formats in which partners submit their figures. Every partner file names the alliance, the
 * partner and the year on every row; one file holds one alliance and one year. Documented in
 * {@code docs/csv-formats.md}.
 */
public final class PartnerFormats {

    public static final Column<AllianceCode> ALLIANCE = Column.required("alliantie",
            Types.code("een alliantie", AllianceCode::isValid, AllianceCode::new),
            "Code van de alliantie, zoals SWH.", "alliance");
    public static final Column<OrganisationCode> PARTNER = Column.required("partner",
            Types.code("een organisatie", OrganisationCode::isValid, OrganisationCode::new),
            "Code van de partner die het bestand stuurt; een partner rapporteert alleen over zichzelf.", "organisatie");
    public static final Column<Integer> YEAR = Column.required("jaar", Types.year(),
            "Het jaar waarover het bestand gaat.", "year");

    public static final Column<CostCategory> BUDGET_CATEGORY = Column.required("kostensoort", Types.oneOf(CostCategory.class),
            "De kostensoort.", "cost_category", "category");
    public static final Column<Money> BUDGETED = Column.required("begroot", Types.euros(false),
            "Het begrote bedrag voor deze kostensoort.", "budget", "begroting", "budgeted");
    public static final Column<BudgetStatus> BUDGET_STATUS = Column.required("status", Types.oneOf(BudgetStatus.class),
            "De versie van de begroting; afwijkingen worden gemeten tegen de definitieve.", "versie", "version");
    public static final Column<String> NOTE = Column.optional("toelichting", Types.text(2000),
            "Toelichting.", "note", "explanation", "opmerking");

    public static final Column<CostCategory> SPENT_CATEGORY = BUDGET_CATEGORY;
    public static final Column<Money> SPENT = Column.required("gerealiseerd", Types.euros(true),
            "Het uitgegeven bedrag; een negatief bedrag is een correctie.", "realised", "uitgaven", "spent");
    public static final Column<LocalDate> BOOKED_ON = Column.optional("datum", Types.date(),
            "Boekdatum, voor een regel uit de boekhouding.", "date", "boekdatum");
    public static final Column<String> DESCRIPTION = Column.optional("omschrijving", Types.text(500),
            "Omschrijving van de uitgave.", "description");
    public static final Column<Money> OWN_CONTRIBUTION = Column.optional("eigen_bijdrage", Types.euros(true),
            "Het deel van het bedrag dat de partner uit eigen middelen betaalde; leeg of 0 als niets.", "own_contribution", "eigen_middelen");
    public static final Column<Money> THIRD_PARTY_CONTRIBUTION = Column.optional("bijdrage_derden", Types.euros(true),
            "Het deel van het bedrag dat anderen betaalden (andere fondsen, sponsors); leeg of 0 als niets.", "third_party_contribution", "derden");
    public static final Column<String> EXPLANATION = Column.optional("toelichting", Types.text(2000),
            "Verklaring van een afwijking van de begroting in deze kostensoort.", "explanation", "note");

    public static final Column<ActivityCode> ACTIVITY = Column.required("activiteit",
            Types.label("een activiteit", ActivityCode::new), "Code van de activiteit uit het activiteitenplan.", "activity");
    public static final Column<ActivityStatus> ACTIVITY_STATUS = Column.required("status", Types.oneOf(ActivityStatus.class),
            "Stand van de activiteit.", "status");
    public static final Column<LocalDate> COMPLETED_ON = Column.optional("gereed_op", Types.date(),
            "Datum waarop de activiteit is afgerond.", "completed_on", "afgerond_op");
    public static final Column<String> DIFFERENCE = Column.optional("toelichting", Types.text(2000),
            "Verklaring van het verschil met het plan; verplicht bij 'uitgesteld' en 'vervallen'.", "explanation", "note");

    public static final Column<IndicatorCode> INDICATOR = Column.required("indicator",
            Types.label("een indicator", IndicatorCode::new), "Code van de indicator uit de theory of change.");
    public static final Column<BigDecimal> VALUE = Column.required("waarde", Types.number(),
            "De gemeten waarde: altijd een getal.", "value", "resultaat");
    public static final Column<String> DIMENSION = Column.optional("uitsplitsing", Types.text(60),
            "Waarnaar de waarde is uitgesplitst, zoals 'geslacht'; leeg voor het totaal.", "dimension", "disaggregation");
    public static final Column<String> CATEGORY = Column.optional("categorie", Types.text(60),
            "De categorie binnen de uitsplitsing, zoals 'vrouw'.", "category_value");

    public static final Column<BigDecimal> NUMERATOR = Column.optional("teller", Types.number(),
            "Bij een verhouding (een percentage): het aantal dat meetelt, zoals 52 van de 104 deelnemers.", "numerator");
    public static final Column<BigDecimal> DENOMINATOR = Column.optional("noemer", Types.number(),
            "Bij een verhouding: het aantal waarvan de teller een deel is, zoals 104 deelnemers.", "denominator");

    /** How long one text of the narrative may be: the four texts about one subject fit one page of the report. */
    public static final int NARRATIVE_TEXT_LENGTH = 1200;
    public static final int NARRATIVE_PARAGRAPHS = 6;

    public static final Column<String> SUBJECT = Column.required("onderwerp", Types.label("een activiteit of uitkomst", code -> code),
            "Waarover de regel gaat: de code van een eigen activiteit uit het activiteitenplan van het jaar (zoals SWH-19-02), "
                    + "of van een uitkomst uit de theory of change (zoals U1) voor uw bijdrage daaraan.", "subject");
    public static final Column<String> DONE = Column.optional("gedaan", Types.prose(NARRATIVE_TEXT_LENGTH, NARRATIVE_PARAGRAPHS),
            "Wat er is gedaan.", "done", "wat_gedaan");
    public static final Column<String> RESULTS = Column.optional("resultaten", Types.prose(NARRATIVE_TEXT_LENGTH, NARRATIVE_PARAGRAPHS),
            "Wat het heeft opgeleverd: de bereikte resultaten.", "results", "resultaat");
    public static final Column<String> LESSONS = Column.optional("lessen", Types.prose(NARRATIVE_TEXT_LENGTH, NARRATIVE_PARAGRAPHS),
            "Wat de partner ervan heeft geleerd.", "lessons", "geleerde_lessen");
    public static final Column<String> DIFFERENCES = Column.optional("verschil_met_plan", Types.prose(NARRATIVE_TEXT_LENGTH, NARRATIVE_PARAGRAPHS),
            "De verklaring van verschillen met het plan.", "differences", "afwijkingen");

    public static final RecordFormat<BudgetLine> BUDGET = new RecordFormat<>("begroting",
            "De begroting van een partner voor één jaar, per kostensoort.",
            List.of(ALLIANCE, PARTNER, YEAR, BUDGET_CATEGORY, BUDGETED, BUDGET_STATUS, NOTE),
            row -> new BudgetLine(row.get(ALLIANCE), row.get(PARTNER), row.get(YEAR), row.get(BUDGET_CATEGORY),
                    row.get(BUDGETED), row.get(BUDGET_STATUS), row.get(NOTE)));

    public static final RecordFormat<Expenditure> EXPENDITURE = new RecordFormat<>("realisatie",
            "De gerealiseerde uitgaven van een partner in één jaar: een totaal per kostensoort of de regels uit de boekhouding.",
            List.of(ALLIANCE, PARTNER, YEAR, SPENT_CATEGORY, SPENT, BOOKED_ON, DESCRIPTION, EXPLANATION, OWN_CONTRIBUTION,
                    THIRD_PARTY_CONTRIBUTION),
            PartnerFormats::expenditure);

    public static final RecordFormat<ActivityProgress> ACTIVITY_PROGRESS = new RecordFormat<>("activiteiten",
            "De voortgang van de activiteiten waarvoor een partner verantwoordelijk is, in één jaar.",
            List.of(ALLIANCE, PARTNER, YEAR, ACTIVITY, ACTIVITY_STATUS, COMPLETED_ON, DIFFERENCE),
            PartnerFormats::activityProgress);

    public static final RecordFormat<IndicatorResult> INDICATOR_RESULTS = new RecordFormat<>("indicatoren",
            "De gemeten waarden van indicatoren in één jaar, als totaal en zo mogelijk uitgesplitst.",
            List.of(ALLIANCE, PARTNER, YEAR, INDICATOR, VALUE, DIMENSION, CATEGORY, NOTE, NUMERATOR, DENOMINATOR),
            PartnerFormats::indicatorResult);

    public static final RecordFormat<Narrative> NARRATIVE = new RecordFormat<>("verslag",
            "Het inhoudelijk verslag van een partner over één jaar: per activiteit of per uitkomst wat er is gedaan, de resultaten, "
                    + "de lessen en de verklaring van verschillen met het plan.",
            List.of(ALLIANCE, PARTNER, YEAR, SUBJECT, DONE, RESULTS, LESSONS, DIFFERENCES),
            PartnerFormats::narrative);

    private PartnerFormats() {
    }

    private static Expenditure expenditure(Row row) {
        LocalDate booked = row.get(BOOKED_ON);
        if (booked != null && booked.getYear() != row.get(YEAR)) {
            row.error(ProblemCode.BOOKING_DATE_OUTSIDE_YEAR, BOOKED_ON, "De boekdatum valt niet in " + row.get(YEAR) + ", het jaar van deze regel.",
                    "Boek de uitgave in het jaar waarin zij is gedaan, of corrigeer de datum.");
            return null;
        }
        Money spent = row.get(SPENT);
        Money own = row.get(OWN_CONTRIBUTION);
        Money others = row.get(THIRD_PARTY_CONTRIBUTION);
        Money contributed = (own == null ? Money.ZERO : own).plus(others == null ? Money.ZERO : others);
        if (spent.amount().signum() >= 0 && contributed.compareTo(spent) > 0) {
            row.error(ProblemCode.CONTRIBUTIONS_EXCEED_COSTS, own != null ? OWN_CONTRIBUTION : THIRD_PARTY_CONTRIBUTION,
                    "De eigen bijdrage en de bijdrage van derden zijn samen hoger dan het gerealiseerde bedrag van deze regel.",
                    "Een bijdrage is het deel van 'gerealiseerd' dat niet uit de subsidie komt: hoogstens het hele bedrag.");
            return null;
        }
        return new Expenditure(row.get(ALLIANCE), row.get(PARTNER), row.get(YEAR), row.get(SPENT_CATEGORY), spent,
                booked, row.get(DESCRIPTION), row.get(EXPLANATION), own, others);
    }

    private static ActivityProgress activityProgress(Row row) {
        ActivityStatus status = row.get(ACTIVITY_STATUS);
        if (status.needsExplanation() && row.get(DIFFERENCE) == null) {
            row.error(ProblemCode.EXPLANATION_REQUIRED, DIFFERENCE, "Bij de status '" + status.dutch() + "' hoort een toelichting op het verschil met het plan.",
                    "Leg in de kolom 'toelichting' uit waarom de activiteit " + status.dutch() + " is.");
            return null;
        }
        if (row.get(COMPLETED_ON) != null && status != ActivityStatus.COMPLETED) {
            row.warning(ProblemCode.COMPLETION_DATE_NOT_COMPLETED, COMPLETED_ON, "Er staat een datum 'gereed_op' bij een activiteit met de status '" + status.dutch() + "'.",
                    "Zet de status op 'uitgevoerd', of laat 'gereed_op' leeg.");
        }
        return new ActivityProgress(row.get(ALLIANCE), row.get(PARTNER), row.get(YEAR), row.get(ACTIVITY), status,
                row.get(COMPLETED_ON), row.get(DIFFERENCE));
    }

    private static Narrative narrative(Row row) {
        String done = row.get(DONE);
        String results = row.get(RESULTS);
        String lessons = row.get(LESSONS);
        String differences = row.get(DIFFERENCES);
        if (done == null && results == null && lessons == null && differences == null) {
            row.error(ProblemCode.NARRATIVE_EMPTY, DONE, "De regel vertelt niets: 'gedaan', 'resultaten', 'lessen' en 'verschil_met_plan' zijn leeg.",
                    "Schrijf in ten minste één van die kolommen, of laat de regel weg.");
            return null;
        }
        return new Narrative(row.get(ALLIANCE), row.get(PARTNER), row.get(YEAR), row.get(SUBJECT), done, results, lessons, differences);
    }

    private static IndicatorResult indicatorResult(Row row) {
        String dimension = row.get(DIMENSION);
        String category = row.get(CATEGORY);
        if ((dimension == null) != (category == null)) {
            Column<String> empty = dimension == null ? DIMENSION : CATEGORY;
            row.error(ProblemCode.BREAKDOWN_INCOMPLETE, empty, "Een uitsplitsing heeft zowel 'uitsplitsing' als 'categorie' nodig.",
                    "Vul beide in (zoals 'geslacht' en 'vrouw'), of laat beide leeg voor het totaal.");
            return null;
        }
        Disaggregation breakdown = dimension == null ? null
                : Disaggregation.of(dimension, category);
        BigDecimal numerator = row.get(NUMERATOR);
        BigDecimal denominator = row.get(DENOMINATOR);
        if ((numerator == null) != (denominator == null)) {
            row.error(ProblemCode.RATIO_INCOMPLETE, numerator == null ? NUMERATOR : DENOMINATOR,
                    "Een verhouding heeft zowel 'teller' als 'noemer' nodig.",
                    "Vul beide in (zoals 52 en 104 als 52 van de 104 deelnemers het halen), of laat beide leeg.");
            return null;
        }
        if (denominator != null && (denominator.signum() <= 0 || numerator.signum() < 0)) {
            boolean badDenominator = denominator.signum() <= 0;
            row.error(ProblemCode.RATIO_OUT_OF_RANGE, badDenominator ? DENOMINATOR : NUMERATOR,
                    badDenominator ? "De noemer moet groter zijn dan 0." : "De teller kan niet negatief zijn.",
                    "De noemer is het aantal waarvan de teller een deel is (104 deelnemers), de teller het deel dat meetelt (52).");
            return null;
        }
        BigDecimal value = row.get(VALUE);
        if (denominator != null) {
            BigDecimal ratio = Ratio.percentage(numerator, denominator, Math.max(0, value.stripTrailingZeros().scale()));
            if (ratio.compareTo(value) != 0) {
                DutchFormat numbers = DutchFormat.dutch();
                row.error(ProblemCode.RATIO_DISAGREES_WITH_VALUE, VALUE, "De waarde " + numbers.number(value) + " is niet teller gedeeld door noemer: "
                                + numbers.number(numerator) + " van " + numbers.number(denominator) + " is " + numbers.number(ratio) + " procent.",
                        "Verbeter de waarde, de teller of de noemer; de waarde is 100 × teller / noemer, afgerond op zoveel decimalen als u geeft.");
                return null;
            }
        }
        return new IndicatorResult(row.get(ALLIANCE), row.get(PARTNER), row.get(YEAR), row.get(INDICATOR), value,
                breakdown, row.get(NOTE), numerator, denominator);
    }
}
