package nl.voortgang.core.newsletter;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import nl.voortgang.core.organisation.OrganisationCode;

/**
 * A news item in an edition, signed by its author with their role, like "Voortgang allianties", signed by a
 * policy officer of the NVR.
 */
public record NewsItem(YearMonth edition, String title, List<String> paragraphs, String author, String authorRole,
                       OrganisationCode organisation) {

    public NewsItem {
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(authorRole, "authorRole");
        paragraphs = List.copyOf(paragraphs);
    }
}
