package nl.voortgang.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.voortgang.core.DateRange;
import nl.voortgang.core.alliance.ActivityStatus;
import nl.voortgang.core.alliance.Aggregation;
import nl.voortgang.core.alliance.AllianceCode;
import nl.voortgang.core.alliance.AllianceName;
import nl.voortgang.core.budget.CostCategory;
import nl.voortgang.core.budget.VarianceRule;
import nl.voortgang.core.alliance.Disaggregation;
import nl.voortgang.core.money.Money;
import nl.voortgang.core.organisation.OrganisationCode;
import nl.voortgang.core.progress.PartyRef;
import nl.voortgang.core.progress.Judgement;
import nl.voortgang.core.progress.ProgressReport;
import nl.voortgang.core.progress.ProgressReport.ActivityLine;
import nl.voortgang.core.progress.ProgressReport.Breakdown;
import nl.voortgang.core.progress.ProgressReport.DeadlineLine;
import nl.voortgang.core.progress.ProgressReport.FinanceLine;
import nl.voortgang.core.progress.ProgressReport.FinanceTotal;
import nl.voortgang.core.progress.ProgressReport.IndicatorLine;
import nl.voortgang.core.progress.ProgressReport.IndicatorYear;
import nl.voortgang.core.progress.ProgressReport.YearSpending;
import nl.voortgang.core.progress.ReportScope;
import nl.voortgang.core.scheme.Tolerance;
import nl.voortgang.core.submission.SubmissionKind;
import nl.voortgang.core.submission.Timeliness;

/**
 * A small made-up progress report that has something in every section (a chart, a deviation, an indicator with a
 * breakdown, a late submission), rendered once by {@link ProgressReportRenderer#warmUp()} so that the first real
 * report of a process finds the templates, fonts, chart and PDF code already loaded. Never written anywhere.
 */
final class Specimen {

    private Specimen() {
    }

    static ProgressReport progressReport() {
        return progressReport(1);
    }

    /**
     * The specimen with every amount multiplied by {@code scale}: a layout test fills it with amounts close to a
     * hundred million euros, to see that every column holds them.
     */
    static ProgressReport progressReport(long scale) {
        PartyRef lead = party("VOORBEELD-A", "Voorbeeld A");
        PartyRef partner = party("VOORBEELD-B", "Voorbeeld B");
        Tolerance tolerance = Tolerance.percent("10");
        VarianceRule rule = new VarianceRule(tolerance);
        List<FinanceLine> lines = new ArrayList<>();
        List<YearSpending> perYear = new ArrayList<>();
        for (int year = 2018; year <= 2019; year++) {
            lines.add(line(rule, lead, year, CostCategory.PERSONNEL, 40_000 * scale, 41_000 * scale));
            lines.add(line(rule, partner, year, CostCategory.ACTIVITIES, 20_000 * scale, 26_000 * scale));
            perYear.add(new YearSpending(year, Money.euros(60_000 * scale), Money.euros(67_000 * scale)));
        }
        lines.add(line(rule, partner, 2019, CostCategory.COMMUNICATION, 0, 1_999 * scale));
        FinanceLine revised = line(rule, partner, 2019, CostCategory.OVERHEAD, 20_000 * scale, 26_000 * scale);
        lines.add(new FinanceLine(revised.partner(), revised.year(), revised.category(), revised.budget(), revised.realised(),
                revised.deviation(), revised.explanations(), revised.sources(), Money.euros(18_000 * scale), 1));
        lines.add(line(rule, lead, 2019, CostCategory.MONITORING, 14_285 * scale, 0));
        Money budget = Money.euros(120_000 * scale);
        Money realised = Money.euros(134_000 * scale);
        FinanceTotal total = total(null, null, budget, realised);
        BigDecimal many = BigDecimal.valueOf(scale);
        IndicatorYear first = new IndicatorYear(2018, many.multiply(new BigDecimal("10")), many.multiply(new BigDecimal("12")), new BigDecimal("120.0"), 2,
                null, Judgement.ON_TRACK, null, null);
        IndicatorYear second = new IndicatorYear(2019, many.multiply(new BigDecimal("12")), many.multiply(new BigDecimal("9")), new BigDecimal("75.0"), 2,
                null, Judgement.BEHIND, null, null);
        IndicatorYear overall = new IndicatorYear(2019, many.multiply(new BigDecimal("22")), many.multiply(new BigDecimal("21")), new BigDecimal("95.5"), 2,
                null, Judgement.BEHIND, null, null);
        IndicatorLine indicator = new IndicatorLine("I1", "Bijeenkomsten", "aantal", Aggregation.SUM, BigDecimal.ZERO, 2017,
                List.of(first, second), overall, List.of(new Breakdown(new Disaggregation("regio", "noord"), many.multiply(new BigDecimal("9")), 1,
                        many.multiply(new BigDecimal("10")), Judgement.BEHIND)),
                List.of("Eén bijeenkomst is verschoven."), List.of(1),
                List.of(new ProgressReport.PartnerValue(2018, lead, many.multiply(new BigDecimal("7")), null, null),
                        new ProgressReport.PartnerValue(2018, partner, many.multiply(new BigDecimal("5")), null, null)),
                List.of(new ProgressReport.Gap(2019, lead)));
        BigDecimal asked = many.multiply(new BigDecimal("200"));
        IndicatorYear share2018 = new IndicatorYear(2018, new BigDecimal("50"), new BigDecimal("50.0"), new BigDecimal("100.0"), 2,
                new BigDecimal("100.0"), Judgement.ON_TRACK, many.multiply(new BigDecimal("100")), asked);
        IndicatorYear share2019 = new IndicatorYear(2019, new BigDecimal("55"), new BigDecimal("33.3"), new BigDecimal("60.5"), 2,
                new BigDecimal("-8.5"), Judgement.BEHIND, many.multiply(new BigDecimal("66.6")), asked);
        IndicatorLine share = new IndicatorLine("I2", "Deelnemers die zich zekerder voelen", "%", Aggregation.RATIO, new BigDecimal("35"), 2017,
                List.of(share2018, share2019), share2019, List.of(), List.of(), List.of(1),
                List.of(new ProgressReport.PartnerValue(2019, lead, new BigDecimal("33.3"), many.multiply(new BigDecimal("33.3")), many.multiply(new BigDecimal("100")))),
                List.of());
        ActivityLine activity = new ActivityLine("A1", 2019, "Netwerkbijeenkomst", partner, DateRange.years(2019, 1), Money.euros(5_000),
                ActivityStatus.PLANNED, ActivityStatus.POSTPONED, true, null, "De zaal was niet beschikbaar.", 1);
        return new ProgressReport(
                ReportScope.toDate(AllianceCode.of("VOORBEELD"), 2019),
                new ProgressReport.Cover(AllianceCode.of("VOORBEELD"), "Voorbeeldalliantie",
                        List.of(new AllianceName("Werktitel", AllianceName.Kind.WORKING_TITLE)), "Voorbeeldregeling",
                        party("MINISTERIE", "Ministerie"), DateRange.years(2018, 5), lead, List.of(lead, partner)),
                new ProgressReport.KeyFigures(budget, realised, new BigDecimal("111.7"), 2, 1, 0, 1, 1, 0, 3, 1, 0),
                new ProgressReport.Strategy("Een strategisch doel.", "Een doel op lange termijn.",
                        List.of(new ProgressReport.OutcomeSummary("U1", "Een uitkomst."))),
                List.of(new ProgressReport.OutcomeSection("U1", "Een uitkomst.", List.of(activity), List.of(indicator, share),
                        List.of(new ProgressReport.Story(2019, partner, "A1", "Netwerkbijeenkomst", "Twee bijeenkomsten voorbereid.\nDe derde is verzet.",
                                "Veertig deelnemers.", null, "De zaal was niet beschikbaar.", 1)))),
                new ProgressReport.Finances(tolerance, lines,
                        List.of(total(lead, null, Money.euros(80_000 * scale), Money.euros(82_000 * scale)),
                                total(partner, null, Money.euros(40_000 * scale), Money.euros(52_000 * scale))),
                        List.of(total(null, CostCategory.PERSONNEL, Money.euros(80_000 * scale), Money.euros(82_000 * scale)),
                                total(null, CostCategory.ACTIVITIES, Money.euros(40_000 * scale), Money.euros(52_000 * scale))),
                        perYear, total, List.of()),
                subsidy(lead, partner, scale),
                List.of(new DeadlineLine(partner, SubmissionKind.EXPENDITURE, 2019, LocalDate.of(2020, 3, 1), false, Timeliness.LATE,
                        Instant.parse("2020-03-05T11:00:00Z"), 1, 1, 1, false)),
                List.of(new ProgressReport.Source(1, partner, SubmissionKind.EXPENDITURE, 2019, 1, 1, "realisatie-2019.csv",
                        "0".repeat(64), Instant.parse("2020-03-05T11:00:00Z"), "voorbeeld", 2, false)),
                Instant.parse("2020-03-06T09:00:00Z"),
                Instant.parse("2020-03-06T09:00:00Z"));
    }

    private static ProgressReport.Subsidy subsidy(PartyRef lead, PartyRef partner, long scale) {
        ProgressReport.GrantLine first = grantLine(lead, 90_000 * scale, 80_000 * scale, 82_000 * scale, 2_000 * scale, 1_000 * scale);
        ProgressReport.GrantLine second = grantLine(partner, 45_000 * scale, 40_000 * scale, 52_000 * scale, 0, 3_000 * scale);
        ProgressReport.GrantLine all = grantLine(null, 135_000 * scale, 120_000 * scale, 134_000 * scale, 2_000 * scale, 4_000 * scale);
        return new ProgressReport.Subsidy(List.of(first, second), all, Money.euros(300_000 * scale),
                List.of(new ProgressReport.MissingGrant(partner, 2020)));
    }

    private static ProgressReport.GrantLine grantLine(PartyRef partner, long granted, long advanced, long realised, long own, long others) {
        long charged = realised - own - others;
        return new ProgressReport.GrantLine(partner, Money.euros(granted), Money.euros(advanced), Money.euros(realised), Money.euros(own),
                Money.euros(others), Money.euros(charged), Money.euros(granted - charged),
                BigDecimal.valueOf(charged * 1000 / granted, 1), 2, List.of(1));
    }

    private static PartyRef party(String code, String name) {
        return new PartyRef(OrganisationCode.of(code), name);
    }

    private static FinanceLine line(VarianceRule rule, PartyRef partner, int year, CostCategory category, long budget, long realised) {
        return new FinanceLine(partner, year, category, Money.euros(budget), Money.euros(realised),
                rule.assess(Money.euros(budget), Money.euros(realised)), List.of("Toelichting."), List.of(1));
    }

    private static FinanceTotal total(PartyRef partner, CostCategory category, Money budget, Money realised) {
        return new FinanceTotal(partner, category, budget, realised, realised.minus(budget), new BigDecimal("111.7"));
    }
}
