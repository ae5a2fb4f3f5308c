package nl.voortgang.core.alliance;

import nl.voortgang.core.Labelled;
import nl.voortgang.core.Labelled.Labels;

/**
 * How the values of an indicator combine, across partners and across years. Every consolidated value in a
 * report says which rule made it, so that a reader with a spreadsheet gets the same figure.
 */
public enum Aggregation implements Labelled {
    /**
     * Counts (participants, meetings, publications): partners' values are added up, and so are the years of a
     * to-date report. A to-date target is the sum of the yearly targets, and only exists when every year has one.
     */
    SUM("optellen", "sum"),
    /**
     * Levels (a percentage, a score): partners' values are averaged (unweighted), and a to-date report shows the
     * latest year, against that year's target.
     */
    LEVEL("stand", "level");

    private final Labels labels;

    Aggregation(String dutch, String english) {
        this.labels = new Labels(dutch, english);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
