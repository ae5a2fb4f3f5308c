package nl.voortgang.core.reference;

/** A row of a reference file, with the place it came from so that a cross-reference problem can point to it. */
record Located<T>(String file, long line, T value) {
}
