package nl.voortgang.core.organisation;

import java.util.List;
import java.util.Optional;

/** Where organisations are kept (a port: {@code core} ships an in-memory one, {@code batch} a JDBC one). */
public interface Organisations {

    Optional<Organisation> find(OrganisationCode code);

    List<Organisation> all();

    /** Adds the organisation or replaces the one with the same code. */
    void save(Organisation organisation);

    default String nameOf(OrganisationCode code) {
        return find(code).map(Organisation::name).orElse(code.value());
    }
}
