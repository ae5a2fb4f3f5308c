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
     * Levels (a score, an index): partners' values are averaged (unweighted), and a to-date report shows the latest
     * year, against that year's target. A percentage of people or things is better a {@link #RATIO}.
     */
    LEVEL("stand", "level"),
    /**
     * Ratios (a percentage of people or things: 52 of 104 participants): every partner gives the numerator and the
     * denominator with its value, and partners combine as a true ratio, the sum of the numerators over the sum of the
     * denominators, in percent with one decimal. A to-date report shows the latest year, as for levels.
     */
    RATIO("verhouding", "ratio");

    private final Labels labels;

    Aggregation(String dutch, String english) {
        this.labels = new Labels(dutch, english);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
