package nl.voortgang.core.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.voortgang.core.DateRange;
import nl.voortgang.core.alliance.ActivityCode;
import nl.voortgang.core.alliance.ActivityStatus;
import nl.voortgang.core.alliance.PlannedActivity;
import nl.voortgang.core.alliance.Aggregation;
import nl.voortgang.core.alliance.Disaggregation;
import nl.voortgang.core.alliance.EnglishTexts;
import nl.voortgang.core.alliance.Alliance;
import nl.voortgang.core.alliance.AllianceCode;
import nl.voortgang.core.alliance.AllianceName;
import nl.voortgang.core.alliance.Grant;
import nl.voortgang.core.alliance.Indicator;
import nl.voortgang.core.alliance.IndicatorCode;
import nl.voortgang.core.alliance.Membership;
import nl.voortgang.core.alliance.OutcomeCode;
import nl.voortgang.core.alliance.TheoryOfChange;
import nl.voortgang.core.csv.Column;
import nl.voortgang.core.csv.Parsed;
import nl.voortgang.core.csv.ProblemCode;
import nl.voortgang.core.csv.RecordFormat;
import nl.voortgang.core.csv.Row;
import nl.voortgang.core.csv.Types;
import nl.voortgang.core.csv.ValueType;
import nl.voortgang.core.money.Money;
import nl.voortgang.core.newsletter.Edition;
import nl.voortgang.core.newsletter.Meeting;
import nl.voortgang.core.newsletter.NewsItem;
import nl.voortgang.core.organisation.BoardSeat;
import nl.voortgang.core.organisation.FormerName;
import nl.voortgang.core.organisation.Organisation;
import nl.voortgang.core.organisation.OrganisationCode;
import nl.voortgang.core.organisation.OrganisationKind;
import nl.voortgang.core.organisation.Representation;
import nl.voortgang.core.reference.ReferenceRows.ActivityPlanRow;
import nl.voortgang.core.reference.ReferenceRows.AllianceNameRow;
import nl.voortgang.core.reference.ReferenceRows.BoardSeatRow;
import nl.voortgang.core.reference.ReferenceRows.FormerNameRow;
import nl.voortgang.core.reference.ReferenceRows.GrantRow;
import nl.voortgang.core.reference.ReferenceRows.IndicatorRow;
import nl.voortgang.core.reference.ReferenceRows.MembershipRow;
import nl.voortgang.core.reference.ReferenceRows.OutcomeRow;
import nl.voortgang.core.reference.ReferenceRows.RepresentationRow;
import nl.voortgang.core.reference.ReferenceRows.TargetRow;
import nl.voortgang.core.scheme.AccountabilityCalendar;
import nl.voortgang.core.scheme.DueDay;
import nl.voortgang.core.scheme.SchemeCode;
import nl.voortgang.core.scheme.SubsidyScheme;
import nl.voortgang.core.scheme.Tolerance;

/**
 * The CSV formats of the secretariat's reference data and newsletter content. Documented in
 * {@code docs/csv-formats.md}; the order of {@link #ALL} is the order in which a set of files is loaded.
 */
public final class ReferenceFormats {

    private static final Column<OrganisationCode> ORGANISATION = orgColumn("organisatie", true, "Code van de organisatie.");
    private static final Column<AllianceCode> ALLIANCE = Column.required("alliantie",
            Types.code("een alliantie", AllianceCode::isValid, AllianceCode::new), "Code van de alliantie.", "alliance");

    // regelingen
    private static final Column<SchemeCode> SCHEME_CODE = Column.required("code",
            Types.code("een regeling", v -> v.matches("[A-Z0-9]+(-[A-Z0-9]+)*"), SchemeCode::new), "Code van de regeling.");
    private static final Column<String> NAME = Column.required("naam", Types.text(200), "Naam.", "name");
    private static final Column<String> NAME_EN = english("naam_en", 200,
            "De naam in het Engels, voor een rapport in het Engels; leeg als er geen is.", "name_en");
    private static final Column<OrganisationCode> MINISTRY = orgColumn("ministerie", true, "Code van het ministerie (een organisatie).");
    private static final Column<LocalDate> START = Column.required("begin", Types.date(), "Eerste dag.", "start", "van");
    private static final Column<LocalDate> END = Column.required("eind", Types.date(), "Laatste dag.", "end", "tot");
    private static final Column<DueDay> PLANS_DUE = Column.required("plannen_uiterlijk", dueDay(),
            "Dag en maand waarop activiteitenplannen en definitieve begrotingen binnen zijn, in het jaar vóór het uitvoeringsjaar. "
                    + "Schrijf het zoals de regeling het zegt: 'vóór 20-09' (op 20 september is te laat) of 'uiterlijk 20-09' (20 september is nog op tijd).",
            "plannen_voor", "plannen");
    private static final Column<DueDay> ASSESSMENT_DUE = Column.required("beoordeling_uiterlijk", dueDay(),
            "Dag en maand waarop het ministerie de plannen beoordeeld heeft, in het jaar vóór het uitvoeringsjaar ('vóór' of 'uiterlijk', zoals hierboven).",
            "beoordeling_voor", "beoordeling");
    private static final Column<DueDay> REPORT_DUE = Column.required("voortgang_uiterlijk", dueDay(),
            "Dag en maand waarop de jaarlijkse voortgangsrapportage en de resultaten van partners binnen zijn, in het jaar na het uitvoeringsjaar ('vóór' of 'uiterlijk', zoals hierboven).",
            "voortgang_voor", "voortgang");
    private static final Column<BigDecimal> TOLERANCE = Column.required("tolerantie", Types.number(),
            "Toegestane afwijking tussen definitieve begroting en realisatie per kostensoort, in procenten.");

    // organisaties
    private static final Column<OrganisationCode> CODE = orgColumn("code", true, "Code van de organisatie.");
    private static final Column<OrganisationKind> KIND = Column.required("soort", Types.oneOf(OrganisationKind.class),
            "Soort organisatie.", "kind");
    private static final Column<Integer> FOUNDED = Column.optional("opgericht", Types.year(), "Jaar van oprichting.", "founded");
    private static final Column<OrganisationCode> PARENT = orgColumn("moederorganisatie", false, "Code van de organisatie waar deze onder valt.");
    private static final Column<List<String>> THEMES = Column.optional("themas", Types.list(), "Inhoudelijke thema's.", "themes");
    private static final Column<LocalDate> LAST_CHANGED = Column.optional("laatst_gewijzigd", Types.date(),
            "Datum waarop de gegevens het laatst zijn gewijzigd.", "last_changed");

    // organisatienamen, bestuur, vertegenwoordigingen
    private static final Column<Integer> FROM_YEAR = Column.required("van", Types.year(), "Eerste jaar.", "from");
    private static final Column<Integer> UNTIL_YEAR = Column.optional("tot", Types.year(), "Laatste jaar; leeg als onbekend.", "until");
    private static final Column<String> ROLE = Column.required("functie", Types.text(120), "Bestuursfunctie.", "role");
    private static final Column<String> HOLDER = Column.optional("naam", Types.text(120), "Wie de functie bekleedt; leeg bij een vacature.", "holder");
    private static final Column<String> SEAT_NOTE = Column.optional("toelichting", Types.text(300),
            "Bij een vacature de stand van zaken; anders een aanvulling.", "note");
    private static final Column<OrganisationCode> NETWORK = orgColumn("netwerk", true, "Code van het netwerk.");
    private static final Column<OrganisationCode> ON_BEHALF_OF = orgColumn("namens", true, "Code van de organisatie die wordt vertegenwoordigd.");

    // allianties
    private static final Column<AllianceCode> ALLIANCE_CODE = Column.required("code",
            Types.code("een alliantie", AllianceCode::isValid, AllianceCode::new), "Code van de alliantie.");
    private static final Column<String> STRATEGIC_GOAL = Column.required("strategisch_doel", Types.text(2000),
            "De strategische doelstelling.", "strategic_goal");
    private static final Column<String> LONG_TERM_GOAL = Column.required("langetermijndoel", Types.text(2000),
            "Het langetermijndoel uit de theory of change.", "long_term_goal");
    private static final Column<String> STRATEGIC_GOAL_EN = english("strategisch_doel_en", 2000, "De strategische doelstelling in het Engels.",
            "strategic_goal_en");
    private static final Column<String> LONG_TERM_GOAL_EN = english("langetermijndoel_en", 2000, "Het langetermijndoel in het Engels.",
            "long_term_goal_en");
    private static final Column<SchemeCode> SCHEME = Column.required("regeling",
            Types.code("een regeling", v -> v.matches("[A-Z0-9]+(-[A-Z0-9]+)*"), SchemeCode::new), "Code van de subsidieregeling.", "scheme");
    private static final Column<AllianceName.Kind> NAME_KIND = Column.required("soort", Types.oneOf(AllianceName.Kind.class),
            "Eerdere naam of werktitel.", "kind");
    private static final Column<Membership.Role> MEMBER_ROLE = Column.required("rol", Types.oneOf(Membership.Role.class),
            "Penvoerder of partner.", "role");
    private static final Column<LocalDate> OPEN_END = Column.optional("eind", Types.date(), "Laatste dag; leeg als het lidmaatschap doorloopt.", "end", "tot");

    // uitkomsten, indicatoren, streefwaarden
    private static final Column<OutcomeCode> OUTCOME_CODE = Column.required("code", Types.label("een uitkomst", OutcomeCode::new), "Code van de uitkomst.");
    private static final Column<String> DESCRIPTION = Column.required("omschrijving", Types.text(1000), "Omschrijving.", "description");
    private static final Column<String> DESCRIPTION_EN = english("omschrijving_en", 1000, "De omschrijving in het Engels.", "description_en");
    private static final Column<IndicatorCode> INDICATOR_CODE = Column.required("code", Types.label("een indicator", IndicatorCode::new), "Code van de indicator.");
    private static final Column<OutcomeCode> OUTCOME = Column.required("uitkomst", Types.label("een uitkomst", OutcomeCode::new),
            "Code van de uitkomst die de indicator meet.", "outcome");
    private static final Column<String> UNIT = Column.required("eenheid", Types.text(60), "Wat er geteld wordt, zoals 'deelnemers' of '%'.", "unit");
    private static final Column<String> UNIT_EN = english("eenheid_en", 60, "De eenheid in het Engels, zoals 'participants'.", "unit_en");
    private static final Column<Aggregation> AGGREGATION = Column.required("aggregatie", Types.oneOf(Aggregation.class),
            "Hoe waarden samengaan: 'optellen' (aantallen: partners en jaren worden opgeteld), 'verhouding' (percentages van "
                    + "mensen of dingen: de partners geven teller en noemer, samen is het de som van de tellers gedeeld door de som "
                    + "van de noemers) of 'stand' (scores: gemiddelde van de partners); tot nu toe telt bij een verhouding en een "
                    + "stand het laatste jaar.", "aggregation");
    private static final Column<BigDecimal> BASELINE = Column.optional("basiswaarde", Types.number(), "De nulmeting.", "baseline");
    private static final Column<Integer> BASELINE_YEAR = Column.optional("basisjaar", Types.year(), "Jaar van de nulmeting.", "baseline_year");
    private static final Column<IndicatorCode> INDICATOR = Column.required("indicator", Types.label("een indicator", IndicatorCode::new), "Code van de indicator.");
    private static final Column<Integer> YEAR = Column.required("jaar", Types.year(), "Jaar.", "year");
    private static final Column<BigDecimal> TARGET = Column.required("streefwaarde", Types.number(), "De streefwaarde voor dat jaar.", "target");
    private static final Column<String> TARGET_DIMENSION = Column.optional("uitsplitsing", Types.text(60),
            "Voor een streefwaarde van één categorie: de uitsplitsing, zoals 'geslacht'; leeg voor het totaal.", "dimension", "disaggregation");
    private static final Column<String> TARGET_CATEGORY = Column.optional("categorie", Types.text(60),
            "De categorie binnen de uitsplitsing, zoals 'vrouw', zoals de partners haar schrijven.", "category");

    // activiteitenplannen
    private static final Column<ActivityCode> ACTIVITY_CODE = Column.required("code", Types.label("een activiteit", ActivityCode::new), "Code van de activiteit.");
    private static final Column<String> ACTIVITY = Column.required("activiteit", Types.text(500), "Wat er gedaan wordt.", "activity");
    private static final Column<String> ACTIVITY_EN = english("activiteit_en", 500, "De activiteit in het Engels.", "activity_en");
    private static final Column<OrganisationCode> RESPONSIBLE = orgColumn("partner", true, "Code van de verantwoordelijke partner.");
    // subsidies
    private static final Column<OrganisationCode> GRANTEE = orgColumn("partner", true, "Code van de partner die de subsidie ontvangt.");
    private static final Column<Money> GRANTED = Column.required("verleend", Types.euros(false),
            "De subsidie die het ministerie de partner voor dat jaar verleende (de beschikking).", "granted", "subsidie");
    private static final Column<Money> ADVANCED = Column.optional("bevoorschot", Types.euros(false),
            "Wat daarvan als voorschot is betaald; leeg als nog niets.", "advanced", "voorschot");
    private static final Column<String> DECISION = Column.optional("beschikking", Types.text(200),
            "Kenmerk en datum van de beschikking, zoals het ministerie ze schreef.", "decision", "kenmerk");
    private static final Column<Money> PLANNED_BUDGET = Column.required("begroot", Types.euros(false), "Begroot bedrag voor de activiteit.", "budget");
    private static final Column<ActivityStatus> STATUS = Column.required("status", Types.oneOf(ActivityStatus.class), "Status volgens het plan.");

    // edities, nieuws, bijeenkomsten
    private static final Column<YearMonth> EDITION = Column.required("editie", Types.yearMonth(), "Jaar en maand van de editie.", "edition");
    private static final Column<LocalDate> PUBLISHED = Column.required("verschijnt_op", Types.date(), "Verschijningsdatum.", "published_on");
    private static final Column<String> TITLE = Column.required("titel", Types.text(200), "Titel.", "title");
    private static final Column<OrganisationCode> PROFILE = orgColumn("profiel", false, "Organisatie die in het profielkader staat.");
    private static final Column<String> INTRODUCTION = Column.optional("inleiding", Types.text(2000), "Inleidende tekst.", "introduction");
    private static final Column<String> BODY = Column.required("tekst", Types.text(20000),
            "De tekst; een lege regel (binnen aanhalingstekens) begint een nieuwe alinea.", "text");
    private static final Column<String> AUTHOR = Column.required("auteur", Types.text(120), "Naam van de schrijver.", "author");
    private static final Column<String> AUTHOR_ROLE = Column.required("functie", Types.text(120), "Functie van de schrijver.", "role");
    private static final Column<OrganisationCode> AUTHOR_ORGANISATION = orgColumn("organisatie", false, "Organisatie van de schrijver.");
    private static final Column<LocalDate> DATE = Column.required("datum", Types.date(), "Datum.", "date");
    private static final Column<String> TIME = Column.optional("tijd", Types.text(40), "Tijd, zoals 19.30–21.30 uur.", "time");
    private static final Column<String> PLACE = Column.required("plaats", Types.text(120), "Plaats.", "place");
    private static final Column<String> TOPIC = Column.required("onderwerp", Types.text(300), "Onderwerp.", "topic");
    private static final Column<List<String>> SPEAKERS = Column.optional("sprekers", Types.list(), "Sprekers, gescheiden door |.", "speakers");
    private static final Column<OrganisationCode> ORGANISER = orgColumn("organisator", false, "Organisatie die de bijeenkomst houdt.");

    public static final RecordFormat<SubsidyScheme> SCHEMES = new RecordFormat<>("regelingen",
            "Subsidieregelingen met hun verantwoordingskalender en tolerantie.",
            List.of(SCHEME_CODE, NAME, MINISTRY, START, END, PLANS_DUE, ASSESSMENT_DUE, REPORT_DUE, TOLERANCE, NAME_EN), ReferenceFormats::scheme);

    public static final RecordFormat<Organisation> ORGANISATIONS = new RecordFormat<>("organisaties",
            "Organisaties: partners, penvoerders, ministeries, netwerken en partijwerkgroepen.",
            List.of(CODE, NAME, KIND, FOUNDED, PARENT, THEMES, LAST_CHANGED, NAME_EN),
            row -> new Organisation(row.get(CODE), row.get(NAME), row.get(KIND), row.get(FOUNDED), row.get(PARENT),
                    row.getOrDefault(THEMES, List.of()), List.of(), List.of(), List.of(), row.get(LAST_CHANGED), row.get(NAME_EN)));

    public static final RecordFormat<FormerNameRow> FORMER_NAMES = new RecordFormat<>("organisatienamen",
            "Eerdere namen van organisaties, met de jaren waarin ze werden gebruikt.",
            List.of(ORGANISATION, NAME, FROM_YEAR, UNTIL_YEAR), ReferenceFormats::formerName);

    public static final RecordFormat<BoardSeatRow> BOARD = new RecordFormat<>("bestuur",
            "Bestuursfuncties van organisaties, in de volgorde waarin ze getoond worden; een lege naam is een vacature.",
            List.of(ORGANISATION, ROLE, HOLDER, SEAT_NOTE),
            row -> new BoardSeatRow(row.get(ORGANISATION), new BoardSeat(row.get(ROLE), row.get(HOLDER), row.get(SEAT_NOTE))));

    public static final RecordFormat<RepresentationRow> REPRESENTATIONS = new RecordFormat<>("vertegenwoordigingen",
            "Netwerken waarin een organisatie een andere vertegenwoordigt.",
            List.of(ORGANISATION, NETWORK, ON_BEHALF_OF),
            row -> new RepresentationRow(row.get(ORGANISATION), new Representation(row.get(NETWORK), row.get(ON_BEHALF_OF))));

    public static final RecordFormat<Alliance> ALLIANCES = new RecordFormat<>("allianties",
            "Allianties: naam, strategische doelstelling, langetermijndoel, regeling en looptijd van het partnerschap.",
            List.of(ALLIANCE_CODE, NAME, STRATEGIC_GOAL, LONG_TERM_GOAL, SCHEME, START, END, NAME_EN, STRATEGIC_GOAL_EN, LONG_TERM_GOAL_EN),
            ReferenceFormats::alliance);

    public static final RecordFormat<AllianceNameRow> ALLIANCE_NAMES = new RecordFormat<>("alliantienamen",
            "Eerdere namen en werktitels van allianties.",
            List.of(ALLIANCE, NAME, NAME_KIND),
            row -> new AllianceNameRow(row.get(ALLIANCE), new AllianceName(row.get(NAME), row.get(NAME_KIND))));

    public static final RecordFormat<MembershipRow> MEMBERSHIPS = new RecordFormat<>("lidmaatschappen",
            "Wie in welke alliantie penvoerder of partner is, en wanneer.",
            List.of(ALLIANCE, ORGANISATION, MEMBER_ROLE, START, OPEN_END), ReferenceFormats::membership);

    public static final RecordFormat<OutcomeRow> OUTCOMES = new RecordFormat<>("uitkomsten",
            "De uitkomsten (middellangetermijndoelen) uit de theory of change van een alliantie.",
            List.of(ALLIANCE, OUTCOME_CODE, DESCRIPTION, DESCRIPTION_EN),
            row -> new OutcomeRow(row.get(ALLIANCE), row.get(OUTCOME_CODE), row.get(DESCRIPTION), row.get(DESCRIPTION_EN)));

    public static final RecordFormat<IndicatorRow> INDICATORS = new RecordFormat<>("indicatorlijst",
            "De indicatoren per uitkomst, met eenheid en nulmeting.",
            List.of(ALLIANCE, INDICATOR_CODE, OUTCOME, DESCRIPTION, UNIT, AGGREGATION, BASELINE, BASELINE_YEAR, DESCRIPTION_EN, UNIT_EN),
            row -> new IndicatorRow(row.get(ALLIANCE), new Indicator(row.get(INDICATOR_CODE), row.get(OUTCOME), row.get(DESCRIPTION),
                    row.get(UNIT), row.get(AGGREGATION), row.get(BASELINE), row.get(BASELINE_YEAR), Map.of()),
                    row.get(DESCRIPTION_EN), row.get(UNIT_EN)));

    public static final RecordFormat<TargetRow> TARGETS = new RecordFormat<>("streefwaarden",
            "Streefwaarden per indicator en jaar, voor het totaal en zo nodig per categorie van een uitsplitsing; een jaar zonder streefwaarde heeft er geen.",
            List.of(ALLIANCE, INDICATOR, YEAR, TARGET, TARGET_DIMENSION, TARGET_CATEGORY),
            ReferenceFormats::target);

    public static final RecordFormat<ActivityPlanRow> ACTIVITY_PLANS = new RecordFormat<>("activiteitenplannen",
            "De activiteitenplannen per jaar: activiteit, verantwoordelijke partner, uitkomst, periode, begroting en status.",
            List.of(ALLIANCE, YEAR, ACTIVITY_CODE, ACTIVITY, RESPONSIBLE, OUTCOME, START, END, PLANNED_BUDGET, STATUS, ACTIVITY_EN),
            ReferenceFormats::activityPlan);

    public static final RecordFormat<GrantRow> GRANTS = new RecordFormat<>("subsidies",
            "De verleende subsidie per partner en jaar (de beschikking) en wat daarvan als voorschot is betaald.",
            List.of(ALLIANCE, GRANTEE, YEAR, GRANTED, ADVANCED, DECISION),
            ReferenceFormats::grant);

    public static final RecordFormat<Edition> EDITIONS = new RecordFormat<>("edities",
            "Edities van de nieuwsbrief.",
            List.of(EDITION, PUBLISHED, TITLE, PROFILE, INTRODUCTION),
            row -> new Edition(row.get(EDITION), row.get(PUBLISHED), row.get(TITLE), row.get(PROFILE), row.get(INTRODUCTION)));

    public static final RecordFormat<NewsItem> NEWS_ITEMS = new RecordFormat<>("nieuws",
            "Nieuwsberichten per editie, in de volgorde waarin ze verschijnen.",
            List.of(EDITION, TITLE, BODY, AUTHOR, AUTHOR_ROLE, AUTHOR_ORGANISATION),
            row -> new NewsItem(row.get(EDITION), row.get(TITLE), paragraphs(row.get(BODY)), row.get(AUTHOR), row.get(AUTHOR_ROLE),
                    row.get(AUTHOR_ORGANISATION)));

    public static final RecordFormat<Meeting> MEETINGS = new RecordFormat<>("bijeenkomsten",
            "De agenda: bijeenkomsten met datum, tijd, plaats, onderwerp en sprekers.",
            List.of(DATE, TIME, PLACE, TOPIC, SPEAKERS, ORGANISER),
            row -> new Meeting(row.get(DATE), row.get(TIME), row.get(PLACE), row.get(TOPIC), row.getOrDefault(SPEAKERS, List.of()),
                    row.get(ORGANISER)));

    /** Every reference format, in the order a set of files is loaded: what others refer to comes first. */
    public static final List<RecordFormat<?>> ALL = List.of(ORGANISATIONS, FORMER_NAMES, BOARD, REPRESENTATIONS, SCHEMES,
            ALLIANCES, ALLIANCE_NAMES, MEMBERSHIPS, OUTCOMES, INDICATORS, TARGETS, ACTIVITY_PLANS, GRANTS, EDITIONS, NEWS_ITEMS, MEETINGS);

    private ReferenceFormats() {
    }

    /** An optional English text beside a Dutch one: read when given, and a report in English prints it. */
    private static Column<String> english(String name, int length, String description, String alias) {
        return Column.optional(name, Types.text(length), description, alias);
    }

    private static Column<OrganisationCode> orgColumn(String name, boolean required, String description) {
        var type = Types.code("een organisatie", OrganisationCode::isValid, OrganisationCode::new);
        return required ? Column.required(name, type, description) : Column.optional(name, type, description);
    }

    /** {@code 20-09}, {@code uiterlijk 20-09} or {@code vóór 20-09} (also {@code voor}), as the scheme writes its due dates. */
    private static ValueType<DueDay> dueDay() {
        ValueType<MonthDay> dayAndMonth = Types.dayAndMonth();
        return new ValueType<>() {
            @Override
            public Parsed<DueDay> parse(String text) {
                String lower = text.strip().toLowerCase(java.util.Locale.ROOT);
                boolean before = lower.startsWith("vóór") || lower.startsWith("voor");
                String day = before ? lower.substring(4).strip() : lower.startsWith("uiterlijk") ? lower.substring(9).strip() : lower;
                Parsed<MonthDay> parsed = dayAndMonth.parse(day);
                return parsed.isOk() ? Parsed.ok(new DueDay(parsed.value(), before)) : Parsed.wrong(parsed.code(), parsed.error(),
                        "Schrijf bijvoorbeeld 'vóór 20-09' of 'uiterlijk 01-04'.");
            }

            @Override
            public String description() {
                return "dag en maand, met 'vóór' of 'uiterlijk' (vóór 20-09)";
            }
        };
    }

    private static SubsidyScheme scheme(Row row) {
        if (row.get(END).isBefore(row.get(START))) {
            row.error(ProblemCode.END_BEFORE_START, END, "De regeling eindigt vóór zij begint.", "Controleer 'begin' en 'eind'.");
            return null;
        }
        BigDecimal tolerance = row.get(TOLERANCE);
        if (tolerance.signum() < 0 || tolerance.compareTo(BigDecimal.valueOf(100)) > 0) {
            row.error(ProblemCode.TOLERANCE_OUT_OF_RANGE, TOLERANCE, "Een tolerantie is een percentage van 0 tot en met 100.", "Schrijf bijvoorbeeld 10 voor 10%.");
            return null;
        }
        var calendar = new AccountabilityCalendar(row.get(PLANS_DUE).inYear(-1), row.get(ASSESSMENT_DUE).inYear(-1),
                row.get(REPORT_DUE).inYear(1));
        return new SubsidyScheme(row.get(SCHEME_CODE), row.get(NAME), row.get(MINISTRY), row.get(START), row.get(END), calendar,
                new Tolerance(tolerance), row.get(NAME_EN));
    }

    private static FormerNameRow formerName(Row row) {
        Integer until = row.get(UNTIL_YEAR);
        if (until != null && until < row.get(FROM_YEAR)) {
            row.error(ProblemCode.END_BEFORE_START, UNTIL_YEAR, "Het laatste jaar ligt vóór het eerste.", "Controleer 'van' en 'tot'.");
            return null;
        }
        return new FormerNameRow(row.get(ORGANISATION), new FormerName(row.get(NAME), row.get(FROM_YEAR), until));
    }

    private static Alliance alliance(Row row) {
        DateRange partnership = range(row, START, END);
        if (partnership == null) {
            return null;
        }
        return new Alliance(row.get(ALLIANCE_CODE), row.get(NAME), row.get(STRATEGIC_GOAL), List.of(), row.get(SCHEME),
                partnership, List.of(), new TheoryOfChange(row.get(LONG_TERM_GOAL), List.of()), List.of(), List.of(),
                EnglishTexts.NONE.withAlliance(row.get(NAME_EN), row.get(STRATEGIC_GOAL_EN), row.get(LONG_TERM_GOAL_EN)));
    }

    private static GrantRow grant(Row row) {
        Money advanced = row.get(ADVANCED);
        if (advanced != null && advanced.compareTo(row.get(GRANTED)) > 0) {
            row.error(ProblemCode.ADVANCE_EXCEEDS_GRANT, ADVANCED, "Het voorschot is hoger dan de verleende subsidie.",
                    "Controleer 'bevoorschot' en 'verleend': een voorschot is een deel van de verleende subsidie.");
            return null;
        }
        return new GrantRow(row.get(ALLIANCE), new Grant(row.get(GRANTEE), row.get(YEAR), row.get(GRANTED), advanced, row.get(DECISION)));
    }

    private static MembershipRow membership(Row row) {
        DateRange period = range(row, START, OPEN_END);
        return period == null ? null : new MembershipRow(row.get(ALLIANCE), new Membership(row.get(ORGANISATION), row.get(MEMBER_ROLE), period));
    }

    private static ActivityPlanRow activityPlan(Row row) {
        DateRange period = range(row, START, END);
        if (period == null) {
            return null;
        }
        int year = row.get(YEAR);
        if (!period.overlapsYear(year)) {
            row.error(ProblemCode.ACTIVITY_OUTSIDE_PLAN_YEAR, START, "De periode van de activiteit valt niet in " + year + ", het jaar van het plan.",
                    "Controleer 'jaar', 'begin' en 'eind'.");
            return null;
        }
        return new ActivityPlanRow(row.get(ALLIANCE), new PlannedActivity(row.get(ACTIVITY_CODE), year, row.get(ACTIVITY),
                row.get(RESPONSIBLE), row.get(OUTCOME), period, row.get(PLANNED_BUDGET), row.get(STATUS)), row.get(ACTIVITY_EN));
    }

    private static DateRange range(Row row, Column<LocalDate> start, Column<LocalDate> end) {
        LocalDate last = row.get(end);
        if (last != null && last.isBefore(row.get(start))) {
            row.error(ProblemCode.END_BEFORE_START, end, "De einddatum ligt vóór de begindatum.", "Controleer '" + start.name() + "' en '" + end.name() + "'.");
            return null;
        }
        return new DateRange(row.get(start), last);
    }

    /** Paragraphs are separated by an empty line; single line breaks inside a paragraph become spaces. */
    static List<String> paragraphs(String text) {
        return Arrays.stream(text.replace("\r\n", "\n").split("\n\\s*\n"))
                .map(p -> p.replaceAll("\\s*\n\\s*", " ").strip())
                .filter(p -> !p.isEmpty())
                .toList();
    }

    private static TargetRow target(Row row) {
        String dimension = row.get(TARGET_DIMENSION);
        String category = row.get(TARGET_CATEGORY);
        if ((dimension == null) != (category == null)) {
            row.error(ProblemCode.BREAKDOWN_INCOMPLETE, dimension == null ? TARGET_DIMENSION : TARGET_CATEGORY,
                    "Een streefwaarde voor een categorie heeft zowel 'uitsplitsing' als 'categorie' nodig.",
                    "Vul beide in (zoals 'geslacht' en 'vrouw'), of laat beide leeg voor de streefwaarde van het totaal.");
            return null;
        }
        return new TargetRow(row.get(ALLIANCE), row.get(INDICATOR), row.get(YEAR), row.get(TARGET), dimension == null ? null
                : Disaggregation.of(dimension, category));
    }
}
