package nl.voortgang.batch.storage;

import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import nl.voortgang.core.organisation.OrganisationCode;
import nl.voortgang.core.scheme.AccountabilityCalendar;
import nl.voortgang.core.scheme.DayOfYear;
import nl.voortgang.core.scheme.SchemeCode;
import nl.voortgang.core.scheme.Schemes;
import nl.voortgang.core.scheme.SubsidyScheme;
import nl.voortgang.core.scheme.Tolerance;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Subsidy schemes in the database. Calendar days are kept as {@code MM-DD}; their year offsets are the scheme's rule. */
public final class JdbcSchemes implements Schemes {

    private final JdbcClient jdbc;

    public JdbcSchemes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<SubsidyScheme> find(SchemeCode code) {
        return all().stream().filter(s -> s.code().equals(code)).findFirst();
    }

    @Override
    public List<SubsidyScheme> all() {
        return jdbc.sql("SELECT * FROM subsidy_scheme ORDER BY code").query((rs, n) -> new SubsidyScheme(
                SchemeCode.of(rs.getString("code")), rs.getString("name"), OrganisationCode.of(rs.getString("ministry")),
                Sql.date(rs, "start_date"), Sql.date(rs, "end_date"),
                new AccountabilityCalendar(day(rs, "plans_due", -1), day(rs, "assessment_due", -1), day(rs, "report_due", 1)),
                new Tolerance(Sql.plain(rs.getBigDecimal("tolerance_percent"))), rs.getString("name_en"))).list();
    }

    private static DayOfYear day(java.sql.ResultSet rs, String column, int offset) throws java.sql.SQLException {
        return new DayOfYear(MonthDay.parse("--" + rs.getString(column)), offset, rs.getBoolean(column + "_before"));
    }

    @Override
    public void save(SubsidyScheme scheme) {
        var calendar = scheme.calendar();
        jdbc.sql("DELETE FROM subsidy_scheme WHERE code = ?").param(scheme.code().value()).update();
        jdbc.sql("INSERT INTO subsidy_scheme (code, name, ministry, start_date, end_date, plans_due, assessment_due, report_due, "
                        + "plans_due_before, assessment_due_before, report_due_before, tolerance_percent, name_en) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(scheme.code().value(), scheme.name(), scheme.ministry().value(), scheme.start(), scheme.end(),
                        monthDay(calendar.plansAndBudgetsDue().day()), monthDay(calendar.assessmentDue().day()),
                        monthDay(calendar.progressReportDue().day()), calendar.plansAndBudgetsDue().before(),
                        calendar.assessmentDue().before(), calendar.progressReportDue().before(), scheme.tolerance().percent(), scheme.englishName())
                .update();
    }

    private static String monthDay(MonthDay day) {
        return String.format("%02d-%02d", day.getMonthValue(), day.getDayOfMonth());
    }
}
