package nl.voortgang.reports;

import java.util.Optional;
import nl.voortgang.core.alliance.ActivityCode;
import nl.voortgang.core.alliance.IndicatorCode;
import nl.voortgang.core.alliance.OutcomeCode;
import nl.voortgang.core.progress.ProgressReport;

/**
 * The alliance's own words (its name, goals, outcomes, indicators, units, activities, and its scheme's and ministry's
 * names) in the report's language. In Dutch they are as the reference data has them. In English each is the English
 * the reference data gives ({@code *_en} columns), or else the Dutch followed by {@value #DUTCH_ONLY}, which the
 * cover explains; {@link #anyDutchOnly()} says whether that happened.
 */
final class Content {

    /** Marks a text printed in Dutch in an English report, because the reference data has no English for it. */
    static final String DUTCH_ONLY = " [NL]";

    private final ProgressReport.English english;
    private final boolean inEnglish;
    private boolean dutchOnly;

    Content(ProgressReport report, Wording words) {
        this.english = report.english();
        this.inEnglish = "en".equals(words.locale().getLanguage());
    }

    /** A proper name: its English where given, else as it is, unmarked ("Samen werkt het!" is a name, not a sentence). */
    String allianceName(String dutch) {
        return inEnglish && english.alliance().name() != null ? english.alliance().name() : dutch;
    }

    String strategicGoal(String dutch) {
        return pick(dutch, Optional.ofNullable(english.alliance().strategicGoal()));
    }

    String longTermGoal(String dutch) {
        return pick(dutch, Optional.ofNullable(english.alliance().longTermGoal()));
    }

    String schemeName(String dutch) {
        return pick(dutch, Optional.ofNullable(english.schemeName()));
    }

    String ministryName(String dutch) {
        return pick(dutch, Optional.ofNullable(english.ministryName()));
    }

    String outcome(String code, String dutch) {
        return pick(dutch, english.alliance().outcome(OutcomeCode.of(code)));
    }

    String indicator(String code, String dutch) {
        return pick(dutch, english.alliance().indicator(IndicatorCode.of(code)));
    }

    String unit(String code, String dutch) {
        return pick(dutch, english.alliance().unit(IndicatorCode.of(code)));
    }

    String activity(String code, String dutch) {
        return pick(dutch, english.alliance().activity(ActivityCode.of(code)));
    }

    /** Whether an English report printed any text in Dutch for want of its English. */
    boolean anyDutchOnly() {
        return dutchOnly;
    }

    private String pick(String dutch, Optional<String> given) {
        if (!inEnglish || dutch == null) {
            return dutch;
        }
        if (given.isPresent()) {
            return given.get();
        }
        dutchOnly = true;
        return dutch + DUTCH_ONLY;
    }
}
