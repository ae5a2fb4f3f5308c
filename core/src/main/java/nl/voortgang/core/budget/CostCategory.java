package nl.voortgang.core.budget;

import java.util.List;
import nl.voortgang.core.Labelled;
import nl.voortgang.core.Labelled.Labels;

/** The cost categories in which budgets are set and spending is accounted for. */
public enum CostCategory implements Labelled {
    PERSONNEL("personeelskosten", "staff costs", List.of("personeel")),
    ACTIVITIES("activiteitenkosten", "activity costs", List.of("activiteiten")),
    COMMUNICATION("communicatiekosten", "communication costs", List.of("communicatie")),
    MONITORING("monitoring en evaluatie", "monitoring and evaluation", List.of("m&e", "monitoring")),
    OVERHEAD("overheadkosten", "overhead costs", List.of("overhead"));

    private final Labels labels;

    CostCategory(String dutch, String english, List<String> aliases) {
        this.labels = new Labels(dutch, english, aliases);
    }

    @Override
    public Labels labels() {
        return labels;
    }
}
