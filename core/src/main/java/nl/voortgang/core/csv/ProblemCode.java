package nl.voortgang.core.csv;

/**
 * What kind of problem a {@link Problem} is, as a stable code beside its Dutch text: a tool that embeds Voortgang
 * can map, count or translate problems by code. The codes never change meaning; new ones may be added. Each is
 * documented in {@code docs/csv-formats.md}.
 */
public enum ProblemCode {
    // the file as a whole
    FILE_UNREADABLE("het bestand kan niet worden gelezen"),
    FILE_EMPTY("het bestand is leeg"),
    FILE_BINARY("het bestand is geen tekst maar een binair bestand"),
    NOT_CSV("het bestand is geen CSV-bestand"),
    NO_HEADER("het bestand heeft geen kopregel"),
    UNKNOWN_FORMAT("aan de kopregel is niet te zien welk formaat het bestand heeft"),
    NO_DATA("het bestand heeft alleen een kopregel"),
    QUOTE_NOT_CLOSED("een aanhalingsteken wordt nergens gesloten"),
    CSV_MALFORMED("de CSV-opmaak klopt niet vanaf deze regel"),
    UNKNOWN_PARTNER("de partner die het bestand stuurt is onbekend"),
    UNKNOWN_PARTNER_FOLDER("de map van de inbox hoort bij geen bekende partner"),
    CHECK_FAILED("het programma kon het bestand niet controleren"),
    NUL_CHARACTER("een regel bevat een NUL-teken (de byte 0), wat in tekst niet voorkomt"),
    WORKBOOK_NOT_READ("een werkmap die Voortgang niet leest (.xls, .ods, of .xlsx buiten de toepassing)"),
    WORKBOOK_DAMAGED("een Excel-werkmap die niet kan worden gelezen"),
    SYMBOLIC_LINK("een symbolische koppeling; Voortgang leest geen bestanden via een koppeling"),
    MORE_PROBLEMS("er zijn meer problemen dan afzonderlijk worden vermeld; hier staat hoeveel van elke soort (de waarde: hoeveel fouten niet zijn vermeld)"),
    FROM_AN_EARLIER_VERSION("een probleem dat een eerdere versie van Voortgang vond, toen problemen nog geen code hadden"),
    // the header
    UNKNOWN_COLUMN("een kolom die het formaat niet kent (waarschuwing)"),
    DUPLICATE_COLUMN("een kolom staat twee keer in de kopregel"),
    MISSING_COLUMN("een verplichte kolom ontbreekt"),
    // one value
    TOO_MANY_VALUES("een regel heeft meer waarden dan de kopregel kolommen"),
    MISSING_VALUE("een verplichte waarde ontbreekt"),
    TEXT_TOO_LONG("een tekst is langer dan past"),
    TOO_MANY_PARAGRAPHS("een tekst heeft meer alinea's dan passen"),
    INVALID_CODE("een code is niet geldig"),
    LINE_BREAK_IN_CODE("een code bevat een regelovergang"),
    NOT_AN_AMOUNT("een bedrag is geen bedrag"),
    NOT_A_NUMBER("een getal is geen getal"),
    TOO_MANY_DECIMALS("een bedrag heeft meer dan twee decimalen, of een getal meer dan vier"),
    VALUE_TOO_LARGE("een bedrag of getal is groter dan Voortgang bewaart (13 cijfers vóór de komma voor een bedrag, 15 voor een getal)"),
    NEGATIVE_AMOUNT("een bedrag is negatief waar dat niet mag"),
    NOT_A_YEAR("een jaartal is geen jaartal"),
    YEAR_OUT_OF_RANGE("een jaartal ligt buiten 1900–2100"),
    NOT_A_DATE("een datum is geen datum"),
    DATE_DOES_NOT_EXIST("een datum bestaat niet"),
    NOT_A_DAY_AND_MONTH("een dag en maand zijn geen dag en maand"),
    NOT_A_YEAR_AND_MONTH("een jaar en maand zijn geen jaar en maand"),
    VALUE_NOT_ALLOWED("een waarde is niet een van de toegestane"),
    // a partner file's rules
    OTHER_PARTNER("een regel gaat over een andere partner dan de afzender"),
    SECOND_ALLIANCE("een bestand gaat over meer dan één alliantie"),
    SECOND_YEAR("een bestand gaat over meer dan één jaar"),
    UNKNOWN_ALLIANCE("de alliantie is onbekend"),
    OUTSIDE_PARTNERSHIP("het jaar valt buiten de looptijd van de alliantie"),
    NOT_A_MEMBER("de afzender is dat jaar geen partner van de alliantie"),
    DUPLICATE_ROW("hetzelfde staat al op een eerdere regel"),
    BUDGET_STATUS_MIXED("regels van één begroting hebben verschillende statussen"),
    BUDGET_ALREADY_DEFINITIVE("een nieuwe begroting is niet definitief terwijl de vorige dat wel was"),
    UNKNOWN_ACTIVITY("een activiteit staat niet in het activiteitenplan"),
    ACTIVITY_OTHER_YEAR("een activiteit staat in het plan van een ander jaar"),
    ACTIVITY_OF_OTHER_PARTNER("een activiteit is de verantwoordelijkheid van een andere partner"),
    UNKNOWN_INDICATOR("een indicator hoort niet bij de theory of change"),
    BOOKING_DATE_OUTSIDE_YEAR("een boekdatum valt buiten het jaar van de regel"),
    EXPLANATION_REQUIRED("bij deze status hoort een toelichting"),
    COMPLETION_DATE_NOT_COMPLETED("een datum 'gereed_op' bij een activiteit die niet is uitgevoerd (waarschuwing)"),
    BREAKDOWN_INCOMPLETE("een uitsplitsing heeft niet zowel 'uitsplitsing' als 'categorie'"),
    RATIO_INCOMPLETE("een verhouding heeft niet zowel 'teller' als 'noemer'"),
    RATIO_OUT_OF_RANGE("een noemer is niet groter dan 0, of een teller is negatief"),
    RATIO_DISAGREES_WITH_VALUE("de waarde is niet teller gedeeld door noemer, in procenten"),
    RATIO_REQUIRED("een indicator die een verhouding is, heeft een teller en een noemer nodig"),
    // the secretariat's reference files
    END_BEFORE_START("een einde ligt vóór het begin"),
    TOLERANCE_OUT_OF_RANGE("een tolerantie ligt niet tussen 0 en 100 procent"),
    ACTIVITY_OUTSIDE_PLAN_YEAR("de periode van een activiteit valt buiten het jaar van het plan"),
    UNKNOWN_REFERENCE("een verwijzing naar iets dat niet bestaat (regeling, organisatie, alliantie, uitkomst, indicator, editie)"),
    RESPONSIBLE_NOT_MEMBER("de verantwoordelijke van een activiteit is dat jaar geen partner"),
    MORE_THAN_ONE_LEAD("een alliantie heeft meer dan één penvoerder"),
    CONTRIBUTIONS_EXCEED_COSTS("eigen bijdrage en bijdrage van derden samen hoger dan de gerealiseerde kosten van de regel"),
    DISAGGREGATION_EXCEEDS_TOTAL("de delen van een uitsplitsing zijn samen meer dan het totaal (waarschuwing)"),
    DISAGGREGATION_SHORT_OF_TOTAL("de delen van een uitsplitsing zijn samen minder dan het totaal (waarschuwing)"),
    ADVANCE_EXCEEDS_GRANT("het voorschot is hoger dan de verleende subsidie"),
    GRANT_NOT_MEMBER("een subsidie voor een organisatie die dat jaar geen partner is"),
    UNKNOWN_SUBJECT("een regel van het verslag gaat niet over een activiteit of uitkomst van de alliantie"),
    NARRATIVE_EMPTY("een regel van het verslag vertelt niets"),
    OUTCOME_WITHOUT_OWN_ACTIVITY("een partner vertelt over een uitkomst waaraan hij dat jaar geen activiteit heeft (waarschuwing)");

    private final String description;

    ProblemCode(String description) {
        this.description = description;
    }

    /** What the code means, in one Dutch line (as the format documentation lists it). */
    public String description() {
        return description;
    }
}
