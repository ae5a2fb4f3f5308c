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

    /**
     * A breakdown as a file writes it, in any case: partners' results and the secretariat's targets meet on the same
     * lower-case dimension and category ({@code Geslacht: Vrouw} is {@code geslacht: vrouw}).
     */
    public static Disaggregation of(String dimension, String category) {
        return new Disaggregation(dimension.toLowerCase(java.util.Locale.ROOT), category.toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public String toString() {
        return dimension + ": " + category;
    }
}
