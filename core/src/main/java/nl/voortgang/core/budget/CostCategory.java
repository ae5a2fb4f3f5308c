package nl.voortgang.core.budget;

import java.util.List;
import nl.voortgang.core.Labelled;

/** The cost categories in which budgets are set and spending is accounted for. */
public enum CostCategory implements Labelled {
    PERSONNEL("personeelskosten", "staff costs", List.of("personeel")),
    ACTIVITIES("activiteitenkosten", "activity costs", List.of("activiteiten")),
    COMMUNICATION("communicatiekosten", "communication costs", List.of("communicatie")),
    MONITORING("monitoring en evaluatie", "monitoring and evaluation", List.of("m&e", "monitoring")),
    OVERHEAD("overheadkosten", "overhead costs", List.of("overhead"));

    private final String dutch;
    private final String english;
    private final List<String> aliases;

    CostCategory(String dutch, String english, List<String> aliases) {
        this.dutch = dutch;
        this.english = english;
        this.aliases = aliases;
    }

    @Override
    public String dutch() {
        return dutch;
    }

    @Override
    public String english() {
        return english;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }
}
