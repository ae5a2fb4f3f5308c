package nl.voortgang.core.organisation;

import java.util.Objects;

/**
 * An organisation speaking for another in a network: V/M Sociale Innovatie represents D66 in the
 * Politiek Vrouwen Overleg.
 */
public record Representation(OrganisationCode network, OrganisationCode onBehalfOf) {

    public Representation {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(onBehalfOf, "onBehalfOf");
    }
}
