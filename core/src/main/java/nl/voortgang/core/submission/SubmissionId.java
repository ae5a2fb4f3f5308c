package nl.voortgang.core.submission;

/** The number under which a submission is stored. */
public record SubmissionId(long value) implements Comparable<SubmissionId> {

    public SubmissionId {
        if (value <= 0) {
            throw new IllegalArgumentException("a submission id is positive: " + value);
        }
    }

    @Override
    public int compareTo(SubmissionId other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
