package nl.voortgang.core.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.voortgang.core.scheme.SchemeCode;
import nl.voortgang.core.scheme.Schemes;
import nl.voortgang.core.scheme.SubsidyScheme;

/** Subsidy schemes held in memory, by code. */
public final class InMemorySchemes implements Schemes {

    private final Map<SchemeCode, SubsidyScheme> byCode = new ConcurrentHashMap<>();

    @Override
    public Optional<SubsidyScheme> find(SchemeCode code) {
        return Optional.ofNullable(byCode.get(code));
    }

    @Override
    public List<SubsidyScheme> all() {
        return new ArrayList<>(byCode.values());
    }

    @Override
    public void save(SubsidyScheme scheme) {
        byCode.put(scheme.code(), scheme);
    }
}
