package nl.voortgang.core.csv;

/**
 * The outcome of reading one value: the value, or what is wrong with the text and how to fix it.
 */
public record Parsed<V>(V value, ProblemCode code, String error, String hint) {

    public static <V> Parsed<V> ok(V value) {
        return new Parsed<>(value, null, null, null);
    }

    public static <V> Parsed<V> wrong(ProblemCode code, String error, String hint) {
        return new Parsed<>(null, code, error, hint);
    }

    public boolean isOk() {
        return error == null;
    }
}
