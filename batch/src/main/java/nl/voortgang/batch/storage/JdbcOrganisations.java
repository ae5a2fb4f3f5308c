package nl.voortgang.batch.storage;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.voortgang.core.organisation.BoardSeat;
import nl.voortgang.core.organisation.FormerName;
import nl.voortgang.core.organisation.Organisation;
import nl.voortgang.core.organisation.OrganisationCode;
import nl.voortgang.core.organisation.OrganisationKind;
import nl.voortgang.core.organisation.Organisations;
import nl.voortgang.core.organisation.Representation;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Organisations in the database; saving one replaces it with its former names, board and representations. */
public final class JdbcOrganisations implements Organisations {

    private final JdbcClient jdbc;

    public JdbcOrganisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Organisation> find(OrganisationCode code) {
        return query("WHERE code = :code", code.value()).stream().findFirst();
    }

    @Override
    public List<Organisation> all() {
        return query("", null);
    }

    private List<Organisation> query(String where, String code) {
        var statement = jdbc.sql("SELECT * FROM organisation " + where + " ORDER BY code");
        if (code != null) {
            statement = statement.param("code", code);
        }
        return statement.query((rs, n) -> new Organisation(OrganisationCode.of(rs.getString("code")), rs.getString("name"),
                        OrganisationKind.valueOf(rs.getString("kind")), Sql.integer(rs, "founding_year"),
                        rs.getString("parent") == null ? null : OrganisationCode.of(rs.getString("parent")),
                        rs.getString("themes") == null ? List.of() : Arrays.asList(rs.getString("themes").split("\\|")),
                        List.of(), List.of(), List.of(), Sql.date(rs, "last_changed"), rs.getString("name_en")))
                .list().stream().map(this::withParts).toList();
    }

    private Organisation withParts(Organisation organisation) {
        String code = organisation.code().value();
        List<FormerName> names = jdbc.sql("SELECT * FROM organisation_former_name WHERE organisation = ? ORDER BY position").param(code)
                .query((rs, n) -> new FormerName(rs.getString("name"), rs.getInt("from_year"), Sql.integer(rs, "until_year"))).list();
        List<BoardSeat> board = jdbc.sql("SELECT * FROM board_seat WHERE organisation = ? ORDER BY position").param(code)
                .query((rs, n) -> new BoardSeat(rs.getString("role"), rs.getString("holder"), rs.getString("note"))).list();
        List<Representation> represents = jdbc.sql("SELECT * FROM representation WHERE organisation = ? ORDER BY position").param(code)
                .query((rs, n) -> new Representation(OrganisationCode.of(rs.getString("network")),
                        OrganisationCode.of(rs.getString("on_behalf_of")))).list();
        return organisation.withFormerNames(names).withBoard(board).withRepresentations(represents);
    }

    @Override
    public void save(Organisation organisation) {
        String code = organisation.code().value();
        for (String table : List.of("organisation_former_name", "board_seat", "representation")) {
            jdbc.sql("DELETE FROM " + table + " WHERE organisation = ?").param(code).update();
        }
        jdbc.sql("DELETE FROM organisation WHERE code = ?").param(code).update();
        jdbc.sql("INSERT INTO organisation (code, name, kind, founding_year, parent, themes, last_changed, name_en) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(code, organisation.name(), organisation.kind().name(), organisation.foundingYear(),
                        organisation.parentCode().map(OrganisationCode::value).orElse(null),
                        organisation.themes().isEmpty() ? null : String.join("|", organisation.themes()), organisation.lastChanged(),
                        organisation.nameInEnglish().orElse(null))
                .update();
        int position = 0;
        for (FormerName name : organisation.formerNames()) {
            jdbc.sql("INSERT INTO organisation_former_name (organisation, position, name, from_year, until_year) VALUES (?, ?, ?, ?, ?)")
                    .params(code, position++, name.name(), name.fromYear(), name.untilYear()).update();
        }
        position = 0;
        for (BoardSeat seat : organisation.board()) {
            jdbc.sql("INSERT INTO board_seat (organisation, position, role, holder, note) VALUES (?, ?, ?, ?, ?)")
                    .params(code, position++, seat.role(), seat.holder(), seat.note()).update();
        }
        position = 0;
        for (Representation r : organisation.representations()) {
            jdbc.sql("INSERT INTO representation (organisation, position, network, on_behalf_of) VALUES (?, ?, ?, ?)")
                    .params(code, position++, r.network().value(), r.onBehalfOf().value()).update();
        }
    }
}
