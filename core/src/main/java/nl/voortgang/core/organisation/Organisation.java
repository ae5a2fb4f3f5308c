package nl.voortgang.core.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An organisation in the world of the alliances: a partner, a lead organisation, a ministry, a party
 * working group or a network.
 *
 * @param englishName its name in English, for a report in English; null when not given
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
        LocalDate lastChanged,
        String englishName) {

    public Organisation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        themes = List.copyOf(themes);
        formerNames = List.copyOf(formerNames);
        representations = List.copyOf(representations);
        board = List.copyOf(board);
        englishName = englishName == null || englishName.isBlank() ? null : englishName.strip();
    }

    /** Without an English name. */
    public Organisation(OrganisationCode code, String name, OrganisationKind kind, Integer foundingYear, OrganisationCode parent,
            List<String> themes, List<FormerName> formerNames, List<Representation> representations, List<BoardSeat> board,
            LocalDate lastChanged) {
        this(code, name, kind, foundingYear, parent, themes, formerNames, representations, board, lastChanged, null);
    }

    /** The name in English where one is given ({@code naam_en}), such as a ministry's. */
    public Optional<String> nameInEnglish() {
        return Optional.ofNullable(englishName);
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
        return new Organisation(code, name, kind, foundingYear, parent, themes, names, representations, board, lastChanged, englishName);
    }

    public Organisation withBoard(List<BoardSeat> seats) {
        return new Organisation(code, name, kind, foundingYear, parent, themes, formerNames, representations, seats, lastChanged, englishName);
    }

    public Organisation withRepresentations(List<Representation> list) {
        return new Organisation(code, name, kind, foundingYear, parent, themes, formerNames, list, board, lastChanged, englishName);
    }
}
