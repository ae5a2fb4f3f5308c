package nl.voortgang.core.newsletter;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import nl.voortgang.core.organisation.OrganisationCode;

/**
 * One edition of the newsletter, such as {@code 2018-12}.
 *
 * @param profile the organisation whose profile (board, themes) the edition shows; may be null
 */
public record Edition(YearMonth edition, LocalDate publishedOn, String title, OrganisationCode profile, String introduction) {

    public Edition {
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(publishedOn, "publishedOn");
        Objects.requireNonNull(title, "title");
    }
}
