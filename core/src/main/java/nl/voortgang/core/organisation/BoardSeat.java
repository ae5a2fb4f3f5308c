package nl.voortgang.core.organisation;

import java.util.Objects;
import java.util.Optional;

/**
 * A named role on a board, held by someone or vacant. A vacancy carries its note, such as
 * "In afwachting van permanente invulling".
 *
 * @param role    the role, in Dutch as the organisation names it ("Secretaris en penningmeester")
 * @param holder  who holds it; null when vacant
 * @param note    a note: for a holder an addition ("tevens voorzitter van het PVO"), for a vacancy its state
 */
public record BoardSeat(String role, String holder, String note) {

    public BoardSeat {
        Objects.requireNonNull(role, "role");
        if (holder != null && holder.isBlank()) {
            holder = null;
        }
        if (note != null && note.isBlank()) {
            note = null;
        }
    }

    public static BoardSeat held(String role, String holder) {
        return new BoardSeat(role, holder, null);
    }

    public static BoardSeat vacant(String role, String note) {
        return new BoardSeat(role, null, note);
    }

    public boolean isVacant() {
        return holder == null;
    }

    public Optional<String> holderName() {
        return Optional.ofNullable(holder);
    }
}
