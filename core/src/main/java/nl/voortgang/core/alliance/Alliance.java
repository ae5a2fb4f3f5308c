package nl.voortgang.core.alliance;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.voortgang.core.DateRange;
import nl.voortgang.core.organisation.OrganisationCode;
import nl.voortgang.core.scheme.SchemeCode;

/**
 * Organisations working together under a subsidy scheme towards a strategic goal, for a partnership period,
 * with a lead organisation (penvoerder) that accounts to the ministry for all of them.
 */
public record Alliance(
        AllianceCode code,
        String name,
        String strategicGoal,
        List<AllianceName> earlierNames,
        SchemeCode scheme,
        DateRange partnership,
        List<Membership> memberships,
        TheoryOfChange theoryOfChange,
        List<PlannedActivity> activities,
        List<Grant> grants,
        EnglishTexts english) {

    public Alliance {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(strategicGoal, "strategicGoal");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(partnership, "partnership");
        Objects.requireNonNull(theoryOfChange, "theoryOfChange");
        earlierNames = List.copyOf(earlierNames);
        memberships = List.copyOf(memberships);
        activities = List.copyOf(activities);
        grants = grants == null ? List.of() : List.copyOf(grants);
        english = english == null ? EnglishTexts.NONE : english;
    }

    /** Without English texts. */
    public Alliance(AllianceCode code, String name, String strategicGoal, List<AllianceName> earlierNames, SchemeCode scheme,
            DateRange partnership, List<Membership> memberships, TheoryOfChange theoryOfChange, List<PlannedActivity> activities,
            List<Grant> grants) {
        this(code, name, strategicGoal, earlierNames, scheme, partnership, memberships, theoryOfChange, activities, grants, EnglishTexts.NONE);
    }

    /** Without grants recorded yet. */
    public Alliance(AllianceCode code, String name, String strategicGoal, List<AllianceName> earlierNames, SchemeCode scheme,
            DateRange partnership, List<Membership> memberships, TheoryOfChange theoryOfChange, List<PlannedActivity> activities) {
        this(code, name, strategicGoal, earlierNames, scheme, partnership, memberships, theoryOfChange, activities, List.of(), EnglishTexts.NONE);
    }

    /** The grant of a partner for a year, if the decision is recorded. */
    public Optional<Grant> grant(OrganisationCode partner, int year) {
        return grants.stream().filter(g -> g.partner().equals(partner) && g.year() == year).findFirst();
    }

    /** The lead organisation (penvoerder), if one is named. */
    public Optional<OrganisationCode> lead() {
        return memberships.stream().filter(m -> m.role() == Membership.Role.LEAD)
                .map(Membership::organisation).findFirst();
    }

    /** Every member (lead first, then partners by code) that takes part at some time in the partnership. */
    public List<OrganisationCode> members() {
        return memberships.stream()
                .sorted(Comparator.comparing((Membership m) -> m.role() != Membership.Role.LEAD).thenComparing(Membership::organisation))
                .map(Membership::organisation).distinct().toList();
    }

    /** The members that take part in {@code year}, lead first. */
    public List<OrganisationCode> membersIn(int year) {
        return memberships.stream().filter(m -> m.activeIn(year))
                .sorted(Comparator.comparing((Membership m) -> m.role() != Membership.Role.LEAD).thenComparing(Membership::organisation))
                .map(Membership::organisation).distinct().toList();
    }

    public boolean isMemberIn(OrganisationCode organisation, int year) {
        return memberships.stream().anyMatch(m -> m.organisation().equals(organisation) && m.activeIn(year));
    }

    public boolean isMember(OrganisationCode organisation) {
        return memberships.stream().anyMatch(m -> m.organisation().equals(organisation));
    }

    public Optional<PlannedActivity> activity(ActivityCode activity) {
        return activities.stream().filter(a -> a.code().equals(activity)).findFirst();
    }

    public List<PlannedActivity> activitiesIn(int year) {
        return activities.stream().filter(a -> a.year() == year).toList();
    }

    public Alliance withTheoryOfChange(TheoryOfChange toc) {
        return new Alliance(code, name, strategicGoal, earlierNames, scheme, partnership, memberships, toc, activities, grants, english);
    }

    public Alliance withMemberships(List<Membership> list) {
        return new Alliance(code, name, strategicGoal, earlierNames, scheme, partnership, list, theoryOfChange, activities, grants, english);
    }

    public Alliance withActivities(List<PlannedActivity> list) {
        return new Alliance(code, name, strategicGoal, earlierNames, scheme, partnership, memberships, theoryOfChange, list, grants, english);
    }

    public Alliance withEarlierNames(List<AllianceName> list) {
        return new Alliance(code, name, strategicGoal, list, scheme, partnership, memberships, theoryOfChange, activities, grants, english);
    }

    public Alliance withEnglish(EnglishTexts texts) {
        return new Alliance(code, name, strategicGoal, earlierNames, scheme, partnership, memberships, theoryOfChange, activities, grants, texts);
    }

    public Alliance withGrants(List<Grant> list) {
        return new Alliance(code, name, strategicGoal, earlierNames, scheme, partnership, memberships, theoryOfChange, activities, list, english);
    }
}
