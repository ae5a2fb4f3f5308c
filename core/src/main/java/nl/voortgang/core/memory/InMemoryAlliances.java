package nl.voortgang.core.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import nl.voortgang.core.alliance.Alliance;
import nl.voortgang.core.alliance.AllianceCode;
import nl.voortgang.core.alliance.Alliances;

/** Alliances held in memory, by code. */
public final class InMemoryAlliances implements Alliances {

    private final Map<AllianceCode, Alliance> byCode = new ConcurrentSkipListMap<>();

    @Override
    public Optional<Alliance> find(AllianceCode code) {
        return Optional.ofNullable(byCode.get(code));
    }

    @Override
    public List<Alliance> all() {
        return new ArrayList<>(byCode.values());
    }

    @Override
    public void save(Alliance alliance) {
        byCode.put(alliance.code(), alliance);
    }
}
