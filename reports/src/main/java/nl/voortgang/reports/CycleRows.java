package nl.voortgang.reports;

import static nl.voortgang.reports.Rows.row;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.voortgang.core.Labelled;
import nl.voortgang.core.money.Money;
import nl.voortgang.core.progress.Cycle;
import nl.voortgang.core.progress.Cycle.Difference;
import nl.voortgang.core.progress.Cycle.Step;
import nl.voortgang.core.submission.Timeliness;

/**
 * The accountability cycle in chapter 1: whether this report differs from the one submitted for its year (and how),
 * then per year the ministry's assessment of the plans, the lead's submission of the report and the ministry's
 * assessment of it, each against the scheme's calendar; late and missing acts are also points for attention.
 */
final class CycleRows {

    private final Wording words;

    CycleRows(Wording words) {
        this.words = words;
    }

    List<Map<String, Object>> rows(Cycle cycle) {
        List<Map<String, Object>> rows = new ArrayList<>();
        Cycle.SinceSubmission since = cycle.sinceSubmission();
        if (since != null) {
            String when = words.dateTime(since.at());
            rows.add(row("mark", since.differences().isEmpty() ? "=" : "▲", "text", since.differences().isEmpty()
                    ? words.text("cycle.sameAsSubmitted", when, since.by())
                    : words.text("cycle.differsFromSubmitted", when, since.by(), String.valueOf(since.differences().size()))));
            for (Difference d : since.differences()) {
                rows.add(row("mark", "–", "text", difference(d)));
            }
        }
        for (Step step : cycle.steps()) {
            rows.add(row("mark", "•", "text", step.year() + " · " + step(step)));
        }
        if (rows.isEmpty()) {
            rows.add(row("mark", "•", "text", words.text("cycle.none")));
        }
        return rows;
    }

    /** Late and missing acts of the cycle, and a report that differs from the submitted one. */
    List<String> attention(Cycle cycle) {
        List<String> points = new ArrayList<>();
        if (cycle.sinceSubmission() != null && !cycle.sinceSubmission().differences().isEmpty()) {
            points.add(words.text("attention.differsFromSubmitted", String.valueOf(cycle.sinceSubmission().differences().size())));
        }
        for (Step step : cycle.steps()) {
            if (step.status() == Timeliness.LATE || step.status() == Timeliness.MISSING) {
                points.add(words.text(step.status() == Timeliness.LATE ? "attention.cycleLate" : "attention.cycleMissing",
                        capital(words.label(step.act())), String.valueOf(step.year()), due(step)));
            }
        }
        return points;
    }

    private String step(Step step) {
        StringBuilder text = new StringBuilder(capital(words.label(step.act())));
        text.append(" — ").append(step.due() == null ? words.text("cycle.noDue") : due(step)).append(": ");
        if (step.doneOn() == null) {
            text.append(step.due() == null ? words.text("cycle.notYet") : mark(step) + words.label(step.status()));
        } else {
            if (step.outcome() != null) {
                text.append(words.label(step.outcome())).append(", ");
            }
            text.append(step.due() == null ? "" : mark(step) + words.label(step.status()) + ", ").append(words.date(step.doneOn()));
            if (step.by() != null) {
                text.append(" (").append(step.by()).append(")");
            }
            if (step.note() != null) {
                text.append(". ").append(words.text("cycle.note", step.note()));
            }
        }
        return text.toString();
    }

    private String due(Step step) {
        return step.dueBefore() ? words.text("deadline.before", words.date(step.due().plusDays(1)))
                : words.text("deadline.atTheLatest", words.date(step.due()));
    }

    private static String mark(Step step) {
        return step.status() == Timeliness.LATE || step.status() == Timeliness.MISSING ? "▲ " : "";
    }

    private String difference(Difference d) {
        String label = words.text("cycle.topic." + d.topic().name());
        if (d.topic() == Cycle.Topic.NARRATIVE) {
            return words.text(d.submitted() == null ? "cycle.storyNew" : d.now() == null ? "cycle.storyGone" : "cycle.storyRewritten", label, d.subject());
        }
        return words.text("cycle.difference", label, d.subject(), value(d.topic(), d.submitted()), value(d.topic(), d.now()));
    }

    private String value(Cycle.Topic topic, Object value) {
        if (value == null) {
            return words.text("cycle.none.value");
        }
        if (topic == Cycle.Topic.FILE) {
            return "v" + value;
        }
        if (value instanceof Money money) {
            return words.money(money);
        }
        if (value instanceof BigDecimal number) {
            return words.number(number);
        }
        if (value instanceof Labelled labelled) {
            return words.label(labelled);
        }
        return String.valueOf(value);
    }

    private static String capital(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
