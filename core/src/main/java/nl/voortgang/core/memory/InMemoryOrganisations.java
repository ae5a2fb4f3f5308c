package nl.voortgang.core.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import nl.voortgang.core.organisation.Organisation;
import nl.voortgang.core.organisation.OrganisationCode;
import nl.voortgang.core.organisation.Organisations;

/** Organisations held in memory, by code. */
public final class InMemoryOrganisations implements Organisations {

    private final Map<OrganisationCode, Organisation> byCode = new ConcurrentSkipListMap<>();

    @Override
    public Optional<Organisation> find(OrganisationCode code) {
        return Optional.ofNullable(byCode.get(code));
    }

    @Override
    public List<Organisation> all() {
        return new ArrayList<>(byCode.values());
    }

    @Override
    public void save(Organisation organisation) {
        byCode.put(organisation.code(), organisation);
    }
}
