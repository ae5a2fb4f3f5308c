package nl.voortgang.core.review;

/** An act of review that cannot be done, with what is wrong and what to do instead, in Dutch for the person who tried. */
public final class ReviewRefused extends Exception {

    public ReviewRefused(String message) {
        super(message);
    }
}
