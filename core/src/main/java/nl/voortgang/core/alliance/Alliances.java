package nl.voortgang.core.alliance;

import java.util.List;
import java.util.Optional;

/** Where alliances are kept, each with its memberships, theory of change and activity plans (a port). */
public interface Alliances {

    Optional<Alliance> find(AllianceCode code);

    List<Alliance> all();

    /** Adds the alliance or replaces the one with the same code. */
    void save(Alliance alliance);
}
