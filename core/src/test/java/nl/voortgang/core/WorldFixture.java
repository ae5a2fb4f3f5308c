package nl.voortgang.core;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.voortgang.core.alliance.ActivityCode;
import nl.voortgang.core.alliance.ActivityStatus;
import nl.voortgang.core.alliance.PlannedActivity;
import nl.voortgang.core.alliance.Aggregation;
import nl.voortgang.core.alliance.Alliance;
import nl.voortgang.core.alliance.AllianceCode;
import nl.voortgang.core.alliance.AllianceName;
import nl.voortgang.core.alliance.Indicator;
import nl.voortgang.core.alliance.IndicatorCode;
import nl.voortgang.core.alliance.Membership;
import nl.voortgang.core.alliance.Outcome;
import nl.voortgang.core.alliance.OutcomeCode;
import nl.voortgang.core.alliance.TheoryOfChange;
import nl.voortgang.core.memory.InMemoryStore;
import nl.voortgang.core.money.Money;
import nl.voortgang.core.organisation.Organisation;
import nl.voortgang.core.organisation.OrganisationCode;
import nl.voortgang.core.organisation.OrganisationKind;
import nl.voortgang.core.scheme.AccountabilityCalendar;
import nl.voortgang.core.scheme.DayOfYear;
import nl.voortgang.core.scheme.SchemeCode;
import nl.voortgang.core.scheme.SubsidyScheme;
import nl.voortgang.core.scheme.Tolerance;
import nl.voortgang.core.submission.SubmissionIntake;

/**
 * A small world for specifications: the OCW scheme (10% tolerance, plans due 20 September of the year
 * before, progress report due 1 April of the year after) and "Samen werkt het!" with WOMEN Inc. as lead and
 * NVR and Movisie as partners, 2018–2022.
 */
public final class WorldFixture {

    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    public static final OrganisationCode NVR = OrganisationCode.of("NVR");
    public static final OrganisationCode WOMEN_INC = OrganisationCode.of("WOMEN-INC");
    public static final OrganisationCode MOVISIE = OrganisationCode.of("MOVISIE");
    public static final OrganisationCode ATRIA = OrganisationCode.of("ATRIA");
    public static final AllianceCode SWH = AllianceCode.of("SWH");
    public static final SchemeCode OCW_SCHEME = SchemeCode.of("OCW-GELIJK-2017");

    private final InMemoryStore store;
    private final Clock clock;

    private WorldFixture(Clock clock) {
        this.clock = clock;
        this.store = new InMemoryStore(clock);
    }

    /** The world as it stands on {@code today}. */
    public static WorldFixture samenWerktHet(LocalDate today) {
        WorldFixture world = new WorldFixture(Clock.fixed(today.atTime(12, 0).atZone(AMSTERDAM).toInstant(), AMSTERDAM));
        world.store.schemes().save(ocwScheme());
        for (var org : List.of(
                Organisation.of(OrganisationCode.of("OCW"), "Ministerie van OCW", OrganisationKind.MINISTRY),
                Organisation.of(NVR, "Nederlandse Vrouwen Raad", OrganisationKind.ASSOCIATION),
                Organisation.of(WOMEN_INC, "WOMEN Inc.", OrganisationKind.FOUNDATION),
                Organisation.of(MOVISIE, "Movisie", OrganisationKind.KNOWLEDGE_INSTITUTE),
                Organisation.of(ATRIA, "Atria", OrganisationKind.KNOWLEDGE_INSTITUTE))) {
            world.store.organisations().save(org);
        }
        world.store.alliances().save(samenWerktHetAlliance());
        return world;
    }

    public static SubsidyScheme ocwScheme() {
        return new SubsidyScheme(OCW_SCHEME, "Subsidieregeling gender- en LHBTI-gelijkheid 2017–2022", OrganisationCode.of("OCW"),
                LocalDate.of(2017, 1, 1), LocalDate.of(2022, 12, 31),
                new AccountabilityCalendar(new DayOfYear(MonthDay.of(9, 20), -1, true), new DayOfYear(MonthDay.of(12, 20), -1),
                        new DayOfYear(MonthDay.of(4, 1), 1)),
                Tolerance.percent("10"));
    }

    public static Alliance samenWerktHetAlliance() {
        DateRange partnership = DateRange.years(2018, 5);
        var participants = new Indicator(IndicatorCode.of("I1.1"), OutcomeCode.of("U1"), "Vrouwen die een training volgden", "deelnemers",
                Aggregation.SUM, BigDecimal.ZERO, 2017, Map.of(2018, new BigDecimal("300"), 2019, new BigDecimal("400")));
        var confidence = new Indicator(IndicatorCode.of("I1.2"), OutcomeCode.of("U1"), "Deelnemers die zich zekerder voelen", "%",
                Aggregation.LEVEL, new BigDecimal("35"), 2017, Map.of(2018, new BigDecimal("50"), 2019, new BigDecimal("55")));
        var procedures = new Indicator(IndicatorCode.of("I3.1"), OutcomeCode.of("U3"), "Gestarte proefprocedures", "procedures",
                Aggregation.SUM, BigDecimal.ZERO, 2017, Map.of(2019, new BigDecimal("2")));
        var toc = new TheoryOfChange("In 2022 combineren vrouwen en mannen betaald werk en zorg.", List.of(
                new Outcome(OutcomeCode.of("U1"), "Individueel", List.of(participants, confidence)),
                new Outcome(OutcomeCode.of("U3"), "Institutioneel", List.of(procedures))));
        return new Alliance(SWH, "Samen werkt het!", "Van financieel kwetsbaar naar weerbaar & zelfstandig op de arbeidsmarkt",
                List.of(new AllianceName("Samen sterk", AllianceName.Kind.WORKING_TITLE)), OCW_SCHEME, partnership,
                List.of(new Membership(WOMEN_INC, Membership.Role.LEAD, partnership),
                        new Membership(NVR, Membership.Role.PARTNER, partnership),
                        new Membership(MOVISIE, Membership.Role.PARTNER, DateRange.years(2018, 1))),
                toc,
                List.of(activity("SWH-18-01", 2018, WOMEN_INC, "U1", "45000"),
                        activity("SWH-18-02", 2018, NVR, "U1", "25000"),
                        activity("SWH-18-03", 2018, NVR, "U3", "15000"),
                        activity("SWH-19-01", 2019, WOMEN_INC, "U1", "47000")));
    }

    private static PlannedActivity activity(String code, int year, OrganisationCode partner, String outcome, String budget) {
        return new PlannedActivity(ActivityCode.of(code), year, "Activiteit " + code, partner, OutcomeCode.of(outcome),
                new DateRange(LocalDate.of(year, 2, 1), LocalDate.of(year, 11, 30)), Money.euros(budget), ActivityStatus.PLANNED);
    }

    public InMemoryStore store() {
        return store;
    }

    public Clock clock() {
        return clock;
    }

    /** The intake over the in-memory store, as on {@code receivedOn} at noon. */
    public SubmissionIntake intake(LocalDate receivedOn) {
        Instant at = receivedOn.atTime(12, 0).atZone(AMSTERDAM).toInstant();
        return new SubmissionIntake(store.organisations(), store.alliances(), store.submissions(), store.submissions(), Clock.fixed(at, AMSTERDAM));
    }

    /** Submits a CSV text as the partner's file, received at noon on {@code receivedOn}. */
    public SubmissionIntake.Outcome submit(OrganisationCode partner, String fileName, LocalDate receivedOn, String csv) {
        return intake(receivedOn).submit(partner, fileName, csv.getBytes(StandardCharsets.UTF_8), partner.value());
    }
}
