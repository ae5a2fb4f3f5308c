package nl.voortgang.core.submission;

import java.util.Optional;
import nl.voortgang.core.PartnerFigure;
import nl.voortgang.core.csv.Problem;
import nl.voortgang.core.csv.ProblemCode;
import nl.voortgang.core.organisation.OrganisationCode;

/**
 * A partner may only submit figures about itself. Which partner sent a file is known from where it arrived
 * (its inbox folder, or the {@code --partner} option), never from what the file claims.
 */
public final class PartnerScopeRule {

    private final OrganisationCode sender;

    public PartnerScopeRule(OrganisationCode sender) {
        this.sender = sender;
    }

    public Optional<Problem> check(String file, long line, PartnerFigure figure) {
        if (figure.partner().equals(sender)) {
            return Optional.empty();
        }
        return Optional.of(Problem.error(ProblemCode.OTHER_PARTNER, file, line, PartnerFormats.PARTNER.name(), figure.partner().value(),
                "Dit bestand komt van " + sender + ", maar deze regel gaat over " + figure.partner()
                        + ". Een partner levert alleen cijfers over zichzelf.",
                "Laat " + figure.partner() + " zijn eigen bestand sturen, of zet " + sender + " in de kolom 'partner'."));
    }
}
