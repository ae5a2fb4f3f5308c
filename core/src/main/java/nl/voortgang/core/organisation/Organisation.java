package nl.voortgang.core.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An organisation in the world of the alliances: a partner, a lead organisation, a ministry, a party
 * working group or a network.
 */
public record Organisation(
        OrganisationCode code,
        String name,
        OrganisationKind kind,
        Integer foundingYear,
        OrganisationCode parent,
        List<String> themes,
        List<FormerName> formerNames,
        List<Representation> representations,
        List<BoardSeat> board,
        LocalDate lastChanged) {

    public Organisation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        themes = List.copyOf(themes);
        formerNames = List.copyOf(formerNames);
        representations = List.copyOf(representations);
        board = List.copyOf(board);
    }

    /** An organisation with only the essentials; the rest can be added with the {@code with…} methods. */
    public static Organisation of(OrganisationCode code, String name, OrganisationKind kind) {
        return new Organisation(code, name, kind, null, null, List.of(), List.of(), List.of(), List.of(), null);
    }

    public Optional<OrganisationCode> parentCode() {
        return Optional.ofNullable(parent);
    }

    public List<BoardSeat> vacancies() {
        return board.stream().filter(BoardSeat::isVacant).toList();
    }

    public Organisation withFormerNames(List<FormerName> names) {
        return new Organisation(code, name, kind, foundingYear, parent, themes, names, representations, board, lastChanged);
    }

    public Organisation withBoard(List<BoardSeat> seats) {
        return new Organisation(code, name, kind, foundingYear, parent, themes, formerNames, representations, seats, lastChanged);
    }

    public Organisation withRepresentations(List<Representation> list) {
        return new Organisation(code, name, kind, foundingYear, parent, themes, formerNames, list, board, lastChanged);
    }
}
