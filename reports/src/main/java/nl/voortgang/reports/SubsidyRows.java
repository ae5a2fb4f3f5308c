package nl.voortgang.reports;

import static nl.voortgang.reports.Rows.row;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.voortgang.core.progress.ProgressReport.GrantLine;
import nl.voortgang.core.progress.ProgressReport.Subsidy;

/**
 * Section 4.6 "Subsidie en besteding": the grant per partner against what is charged to it, and how the realised
 * costs were paid for, each with the alliance's total; a note on members without a recorded decision and, to date,
 * on the whole partnership.
 */
final class SubsidyRows {

    private final Subsidy subsidy;
    private final Wording words;

    SubsidyRows(Subsidy subsidy, Wording words) {
        this.subsidy = subsidy;
        this.words = words;
    }

    void addTo(Map<String, Object> p, String years, boolean toDate) {
        boolean shown = subsidy.anyGranted();
        p.put("SUBSIDY_SHOWN", shown);
        p.put("SUBSIDY_INTRO", shown ? words.text("subsidy.intro", years) : words.text("subsidy.none", years));
        p.put("SUBSIDY_GRANTS", Rows.source(subsidy.partners().stream().map(this::grantRow).toList()));
        p.put("SUBSIDY_COSTS", Rows.source(subsidy.partners().stream().map(this::costRow).toList()));
        p.put("SUBSIDY_GRANTS_TABLE", table(List.of("finance.partner", "subsidy.granted", "subsidy.advanced", "subsidy.charged",
                "subsidy.remaining", "subsidy.spent"), grantRow(subsidy.total())));
        p.put("SUBSIDY_COSTS_TABLE", table(List.of("finance.partner", "subsidy.realised", "subsidy.own", "subsidy.thirdParty",
                "subsidy.charged", "column.source"), costRow(subsidy.total())));
        p.put("SUBSIDY_NOTES", shown ? notes(toDate) : null);
    }

    private Map<String, Object> grantRow(GrantLine line) {
        return row("name", name(line),
                "c1", line.decisions() == 0 ? words.text("subsidy.noDecision") : words.money(line.granted()),
                "c2", words.money(line.advanced()),
                "c3", words.money(line.charged()),
                "c4", line.decisions() == 0 ? "—" : words.money(line.remaining()),
                "c5", line.percentageSpent() == null ? "—" : words.percentage(line.percentageSpent(), false));
    }

    private Map<String, Object> costRow(GrantLine line) {
        return row("name", name(line),
                "c1", words.money(line.realised()),
                "c2", words.money(line.ownContribution()),
                "c3", words.money(line.thirdPartyContribution()),
                "c4", words.money(line.charged()),
                "c5", line.partner() == null || line.sources().isEmpty() ? "" : Rows.joined(line.sources(), ", "));
    }

    private String name(GrantLine line) {
        return line.partner() == null ? words.text("finance.total") : line.partner().name();
    }

    /** The headers H0–H5 and the total row T0–T5 of one table. */
    private Map<String, Object> table(List<String> headers, Map<String, Object> total) {
        Map<String, Object> table = new HashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            table.put("H" + i, words.text(headers.get(i)));
        }
        table.put("T0", total.get("name"));
        for (int i = 1; i <= 5; i++) {
            table.put("T" + i, total.get("c" + i));
        }
        return table;
    }

    private String notes(boolean toDate) {
        StringBuilder notes = new StringBuilder();
        if (!subsidy.withoutDecision().isEmpty()) {
            notes.append(words.text("subsidy.missing", String.join(", ", subsidy.withoutDecision().stream()
                    .map(m -> m.partner().name() + " (" + m.year() + ")").toList())));
        }
        if (toDate) {
            if (!notes.isEmpty()) {
                notes.append("\n");
            }
            notes.append(words.text("subsidy.partnership", words.money(subsidy.partnership()),
                    words.money(subsidy.partnership().minus(subsidy.total().charged()))));
        }
        return notes.isEmpty() ? null : notes.toString();
    }
}
