package nl.voortgang.core.alliance;

import java.util.Objects;

/**
 * A breakdown of an indicator value by a dimension, most often gender ({@code geslacht: vrouw}), also age
 * group or region. The total of an indicator has no disaggregation.
 */
public record Disaggregation(String dimension, String category) {

    public Disaggregation {
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(category, "category");
        if (dimension.isBlank() || category.isBlank()) {
            throw new IllegalArgumentException("a disaggregation has both a dimension and a category");
        }
    }

    @Override
    public String toString() {
        return dimension + ": " + category;
    }
}
