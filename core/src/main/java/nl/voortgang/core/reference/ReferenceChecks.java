package nl.voortgang.core.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.voortgang.core.alliance.Alliance;
import nl.voortgang.core.alliance.AllianceCode;
import nl.voortgang.core.alliance.Membership;
import nl.voortgang.core.csv.Problem;
import nl.voortgang.core.csv.ProblemCode;
import nl.voortgang.core.csv.RecordFormat;
import nl.voortgang.core.organisation.OrganisationCode;

/**
 * Checks that every reference in a set of reference files points at something that exists once the set is
 * laid over the stored data, and that codes meant to be unique are. Every problem points at its file and line.
 */
final class ReferenceChecks {

    private final ReferenceSet set;
    private final ReferenceMerge world;
    private final List<Problem> problems = new ArrayList<>();

    private ReferenceChecks(ReferenceSet set, ReferenceMerge world) {
        this.set = set;
        this.world = world;
    }

    static List<Problem> check(ReferenceSet set, ReferenceMerge world) {
        ReferenceChecks checks = new ReferenceChecks(set, world);
        checks.run();
        return checks.problems;
    }

    private void run() {
        each(ReferenceFormats.SCHEMES, s -> organisation(s.ministry(), "ministerie"));
        each(ReferenceFormats.ORGANISATIONS, o -> o.parentCode().ifPresent(p -> organisation(p, "moederorganisatie")));
        unique(ReferenceFormats.ORGANISATIONS, o -> o.code(), "code", "Organisatie %s staat al op regel %d.");
        each(ReferenceFormats.FORMER_NAMES, r -> organisation(r.organisation(), "organisatie"));
        each(ReferenceFormats.BOARD, r -> organisation(r.organisation(), "organisatie"));
        each(ReferenceFormats.REPRESENTATIONS, r -> {
            organisation(r.organisation(), "organisatie");
            organisation(r.representation().network(), "netwerk");
            organisation(r.representation().onBehalfOf(), "namens");
        });
        each(ReferenceFormats.ALLIANCES, a -> {
            if (!world.schemes.containsKey(a.scheme())) {
                error(ProblemCode.UNKNOWN_REFERENCE, "regeling", a.scheme().value(), "Regeling " + a.scheme() + " is onbekend.", "Voeg de regeling toe aan regelingen.csv.");
            }
        });
        unique(ReferenceFormats.ALLIANCES, a -> a.code(), "code", "Alliantie %s staat al op regel %d.");
        each(ReferenceFormats.ALLIANCE_NAMES, r -> alliance(r.alliance()));
        each(ReferenceFormats.MEMBERSHIPS, r -> {
            if (alliance(r.alliance()) != null) {
                organisation(r.membership().organisation(), "organisatie");
            }
        });
        each(ReferenceFormats.OUTCOMES, r -> alliance(r.alliance()));
        unique(ReferenceFormats.OUTCOMES, r -> List.of(r.alliance(), r.code()), "code", "Uitkomst %s staat al op regel %d.");
        each(ReferenceFormats.INDICATORS, r -> {
            Alliance alliance = alliance(r.alliance());
            if (alliance != null && alliance.theoryOfChange().outcome(r.indicator().outcome()).isEmpty()) {
                error(ProblemCode.UNKNOWN_REFERENCE, "uitkomst", r.indicator().outcome().value(), "Uitkomst " + r.indicator().outcome() + " bestaat niet in alliantie "
                        + r.alliance() + ".", "Gebruik een code uit uitkomsten.csv van deze alliantie.");
            }
        });
        unique(ReferenceFormats.INDICATORS, r -> List.of(r.alliance(), r.indicator().code()), "code", "Indicator %s staat al op regel %d.");
        each(ReferenceFormats.TARGETS, r -> {
            Alliance alliance = alliance(r.alliance());
            if (alliance != null && alliance.theoryOfChange().indicator(r.indicator()).isEmpty()) {
                error(ProblemCode.UNKNOWN_REFERENCE, "indicator", r.indicator().value(), "Indicator " + r.indicator() + " bestaat niet in alliantie " + r.alliance() + ".",
                        "Gebruik een code uit indicatorlijst.csv van deze alliantie.");
            }
        });
        unique(ReferenceFormats.TARGETS, r -> java.util.Arrays.asList(r.alliance(), r.indicator(), r.year(), r.category()), "jaar",
                "Voor deze indicator (en categorie) staat een streefwaarde voor %s al op regel %d.");
        each(ReferenceFormats.ACTIVITY_PLANS, r -> {
            Alliance alliance = alliance(r.alliance());
            if (alliance == null) {
                return;
            }
            var activity = r.activity();
            if (!world.isMemberIn(r.alliance(), activity.responsible(), activity.year())) {
                error(ProblemCode.RESPONSIBLE_NOT_MEMBER, "partner", activity.responsible().value(), activity.responsible() + " is in " + activity.year()
                        + " geen lid van alliantie " + r.alliance() + ".", "Leg het lidmaatschap vast in lidmaatschappen.csv, of kies een partner van de alliantie.");
            }
            if (alliance.theoryOfChange().outcome(activity.outcome()).isEmpty()) {
                error(ProblemCode.UNKNOWN_REFERENCE, "uitkomst", activity.outcome().value(), "Uitkomst " + activity.outcome() + " bestaat niet in alliantie " + r.alliance() + ".",
                        "Gebruik een code uit uitkomsten.csv van deze alliantie.");
            }
        });
        unique(ReferenceFormats.ACTIVITY_PLANS, r -> List.of(r.alliance(), r.activity().code()), "code", "Activiteit %s staat al op regel %d.");
        each(ReferenceFormats.GRANTS, r -> {
            if (alliance(r.alliance()) != null && !world.isMemberIn(r.alliance(), r.grant().partner(), r.grant().year())) {
                error(ProblemCode.GRANT_NOT_MEMBER, "partner", r.grant().partner().value(), r.grant().partner() + " is in " + r.grant().year()
                        + " geen lid van alliantie " + r.alliance() + ".", "Leg het lidmaatschap vast in lidmaatschappen.csv, of kies een partner van de alliantie.");
            }
        });
        unique(ReferenceFormats.GRANTS, r -> List.of(r.alliance(), r.grant().partner(), r.grant().year()), "jaar",
                "Voor deze partner staat een subsidie over %s al op regel %d.");
        each(ReferenceFormats.EDITIONS, e -> {
            if (e.profile() != null) {
                organisation(e.profile(), "profiel");
            }
        });
        each(ReferenceFormats.NEWS_ITEMS, n -> {
            if (!world.editions.containsKey(n.edition())) {
                error(ProblemCode.UNKNOWN_REFERENCE, "editie", n.edition().toString(), "Editie " + n.edition() + " is onbekend.", "Voeg de editie toe aan edities.csv.");
            }
            if (n.organisation() != null) {
                organisation(n.organisation(), "organisatie");
            }
        });
        each(ReferenceFormats.MEETINGS, m -> {
            if (m.organiser() != null) {
                organisation(m.organiser(), "organisator");
            }
        });
        leads();
    }

    private void leads() {
        for (var row : set.rows(ReferenceFormats.MEMBERSHIPS)) {
            Alliance alliance = world.alliances.get(row.value().alliance());
            var membership = row.value().membership();
            if (alliance == null || membership.role() != Membership.Role.LEAD) {
                continue;
            }
            var leads = world.leadsOf(alliance);
            if (leads.size() > 1 && !leads.iterator().next().equals(membership.organisation())) {
                at(row);
                error(ProblemCode.MORE_THAN_ONE_LEAD, "rol", membership.role().dutch(), "Alliantie " + alliance.code() + " heeft meer dan één penvoerder: " + leads + ".",
                        "Een alliantie heeft één penvoerder; maak de andere 'partner'.");
            }
        }
    }

    private Located<?> current;

    private void at(Located<?> row) {
        current = row;
    }

    private <T> void each(RecordFormat<T> format, java.util.function.Consumer<T> check) {
        for (Located<T> row : set.rows(format)) {
            at(row);
            check.accept(row.value());
        }
    }

    private <T> void unique(RecordFormat<T> format, java.util.function.Function<T, Object> key, String column, String message) {
        Map<Object, Located<T>> seen = new HashMap<>();
        for (Located<T> row : set.rows(format)) {
            Object k = key.apply(row.value());
            Located<T> earlier = seen.putIfAbsent(k, row);
            if (earlier != null) {
                at(row);
                String shown = k instanceof List<?> list ? Objects.toString(list.get(list.size() - 1)) : k.toString();
                String where = earlier.file().equals(row.file()) ? "" : " in " + earlier.file();
                error(ProblemCode.DUPLICATE_ROW, column, shown, String.format(message, shown, earlier.line()).replace(" op regel ", where + " op regel "),
                        "Haal de dubbele regel weg.");
            }
        }
    }

    private void organisation(OrganisationCode code, String column) {
        if (!world.organisations.containsKey(code)) {
            error(ProblemCode.UNKNOWN_REFERENCE, column, code.value(), "Organisatie " + code + " is onbekend.", "Voeg de organisatie toe aan organisaties.csv.");
        }
    }

    private Alliance alliance(AllianceCode code) {
        Alliance alliance = world.alliances.get(code);
        if (alliance == null) {
            error(ProblemCode.UNKNOWN_REFERENCE, "alliantie", code.value(), "Alliantie " + code + " is onbekend.", "Voeg de alliantie toe aan allianties.csv.");
        }
        return alliance;
    }

    private void error(ProblemCode code, String column, String value, String message, String hint) {
        problems.add(Problem.error(code, current.file(), current.line(), column, value, message, hint));
    }
}
