package nl.voortgang.core.scheme;

import java.util.List;
import java.util.Optional;

/** Where subsidy schemes are kept (a port). */
public interface Schemes {

    Optional<SubsidyScheme> find(SchemeCode code);

    List<SubsidyScheme> all();

    void save(SubsidyScheme scheme);
}
