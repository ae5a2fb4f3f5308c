package nl.voortgang.core;

import nl.voortgang.core.alliance.AllianceCode;
import nl.voortgang.core.organisation.OrganisationCode;

/** A row of a partner's submission: it always says which alliance, partner and year it is about. */
public interface PartnerFigure {

    AllianceCode alliance();

    OrganisationCode partner();

    int year();
}
