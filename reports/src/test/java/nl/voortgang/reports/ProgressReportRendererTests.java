package nl.voortgang.reports;

import static nl.voortgang.reports.CsvByHand.euros;
import static nl.voortgang.reports.PdfDocument.plain;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The progress report as a ministry reviewer reads it, rendered from the sample inbox: totals that match the CSV
 * files worked out by hand, deviations beyond tolerance marked and explained (or not), deadlines met and missed,
 * indicators against targets, sources, page numbers, bookmarks and metadata.
 */
class ProgressReportRendererTests {

    private static final Map<String, String> PARTNERS = Map.of("WOMEN-INC", "WOMEN Inc.", "MOVISIE", "Movisie", "WO-MEN", "Wo=Men",
            "CLARA-WICHMANN", "Proefprocessenfonds Clara Wichmann", "NVR", "Nederlandse Vrouwen Raad");

    private static final ProgressReportRenderer RENDERER = new ProgressReportRenderer();
    private static CsvByHand byHand;
    private static PdfDocument swh2018;
    private static PdfDocument swh2019;
    private static PdfDocument wedtToDate;

    @BeforeAll
    static void render() {
        byHand = CsvByHand.read(SampleWorld.INBOX);
        swh2018 = PdfDocument.read(RENDERER.render(SampleWorld.year("SWH", 2018)));
        swh2019 = PdfDocument.read(RENDERER.render(SampleWorld.year("SWH", 2019)));
        wedtToDate = PdfDocument.read(RENDERER.render(SampleWorld.toDate("WEDT", 2019)));
    }

    @Test
    void the_grand_totals_are_the_sums_of_the_current_csv_files() {
        BigDecimal budget = byHand.budget("SWH", null, 2018);
        BigDecimal spent = byHand.spent("SWH", null, 2018);
        assertThat(budget).isEqualByComparingTo("590000.00");

        assertThat(swh2018.text()).contains(plain("Totaal alliantie " + euros(budget) + " " + euros(spent) + " " + euros(spent.subtract(budget))));
        assertThat(swh2018.page(2)).contains(plain(euros(budget))).contains(plain(euros(spent)));
    }

    @Test
    void each_partners_budget_and_spending_are_as_worked_out_by_hand() {
        PARTNERS.forEach((code, name) -> {
            BigDecimal budget = byHand.budget("SWH", code, 2018);
            BigDecimal spent = byHand.spent("SWH", code, 2018);
            assertThat(swh2018.text()).as(name).contains(plain(name + " " + euros(budget) + " " + euros(spent)));
        });
    }

    @Test
    void the_sources_appendix_gives_each_files_whole_sha256_so_that_a_reviewer_can_check_it() throws Exception {
        byte[] file = java.nio.file.Files.readAllBytes(SampleWorld.INBOX.resolve("NVR/2019-03-29_realisatie-SWH-2018-gecorrigeerd.csv"));
        String sha256 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(file));

        assertThat(swh2018.text()).contains("SHA-256 " + sha256.substring(0, 32)).contains(sha256.substring(32)).doesNotContain("…\n");
    }

    @Test
    void the_corrected_file_supersedes_the_first_and_the_report_says_which_version_it_used() {
        BigDecimal corrected = byHand.spent("SWH", "NVR", 2018, "personeelskosten");
        assertThat(corrected).isEqualByComparingTo("28260.14");
        assertThat(swh2018.text()).contains(plain("personeelskosten " + euros(byHand.budget("SWH", "NVR", 2018, "personeelskosten"))
                + " " + euros(corrected)));
        assertThat(swh2018.text()).contains("v2 van 2").contains("2019-03-29_realisatie-SWH-2018-");
    }

    @Test
    void a_deviation_beyond_tolerance_is_marked_with_a_word_and_shows_its_explanation() {
        String text = swh2018.text();
        assertThat(text).contains(plain("communicatiekosten " + euros(new BigDecimal("8000.00")) + " " + euros(new BigDecimal("10000.00"))
                + " " + euros(new BigDecimal("2000.00")) + " +25,0% ▲ boven"));
        assertThat(text).contains("Extra drukwerk en advertenties voor de campagne ‘Ken je rechten’, na veel meer aanvragen dan verwacht.");
        assertThat(text).contains("Nederlandse Vrouwen Raad, 2018, communicatiekosten: +25,0% ten opzichte van de begroting (toegelicht).");
    }

    @Test
    void spending_without_a_budget_and_without_an_explanation_says_the_explanation_is_missing() {
        String text = swh2018.text();
        assertThat(text).contains(plain("monitoring en evaluatie " + euros(BigDecimal.ZERO) + " " + euros(new BigDecimal("1250.00"))));
        assertThat(text).contains("▲ niet begroot").contains("▲ Toelichting ontbreekt");
        assertThat(text).contains("Wo=Men, 2018, monitoring en evaluatie: niet begroot ten opzichte van de begroting — toelichting ontbreekt.");
    }

    @Test
    void the_2019_deviations_are_flagged_under_and_over_budget() {
        assertThat(swh2019.text()).contains("Proefprocessenfonds Clara Wichmann · 2019 · activiteitenkosten").contains("-40,0% ▼ onder");
        assertThat(wedtToDate.text()).contains("VHTO · 2019 · personeelskosten").contains("+15,0% ▲ boven");
    }

    @Test
    void late_and_missing_submissions_are_named() {
        String text = wedtToDate.text();
        assertThat(text).contains("Emancipator: begroting 2018 kwam te laat binnen (vóór 20 september 2017).");
        assertThat(text).contains("VHTO: activiteiten 2018 kwam te laat binnen (uiterlijk 1 april 2019).");
        // the data stand on 25 March 2020, before the 1 April deadline: not yet due, whatever the day the report is printed
        assertThat(text).contains("Stand van de gegevens: 25 maart 2020");
        assertThat(text).doesNotContain("Emancipator: indicatoren 2019 ontbreekt");
        assertThat(text).contains("Emancipator indicatoren 2019 1 april 2020 — nog niet verschuldigd");
        assertThat(text).contains("▲ te laat 6 dagen"); // received 25 September; 19 September was the last day in time
    }

    @Test
    void the_deadline_summary_counts_in_words_that_agree_with_the_number() {
        assertThat(wedtToDate.text()).contains(plain("Van de verschuldigde indieningen kwamen er 35 op tijd binnen, 3 te laat en 0 ontbreken; "
                + "2 zijn nog niet verschuldigd."));
    }

    @Test
    void an_indicators_explanation_is_credited_to_the_partner_by_name() {
        assertThat(swh2018.text()).contains(plain("Toelichting: Movisie (2018):")).doesNotContain("MOVISIE (2018)");
        assertThat(wedtToDate.text()).contains(plain("Toelichting: Nederlandse Vrouwen Raad (2018):")).doesNotContain("NVR (2018)");
    }

    @Test
    void the_strategic_goal_is_the_sentence_about_2022_said_once_when_it_is_also_the_long_term_goal() {
        assertThat(swh2018.text()).contains(plain("Strategisch doel In 2022 benutten alle mannen en vrouwen"))
                .doesNotContain("Langetermijndoel").doesNotContain("Van financieel kwetsbaar");
        assertThat(wedtToDate.text()).contains("Langetermijndoel");
    }

    @Test
    void the_subsidy_account_is_as_worked_out_by_hand_from_the_decisions_and_the_expenditure_files() {
        PdfDocument toDate = PdfDocument.read(RENDERER.render(SampleWorld.toDate("SWH", 2019)));
        BigDecimal allGranted = BigDecimal.ZERO;
        BigDecimal allCharged = BigDecimal.ZERO;
        for (var partner : PARTNERS.entrySet()) {
            BigDecimal granted = BigDecimal.ZERO;
            BigDecimal advanced = BigDecimal.ZERO;
            BigDecimal charged = BigDecimal.ZERO;
            for (int year = 2018; year <= 2019; year++) {
                granted = granted.add(byHand.granted("SWH", partner.getKey(), year, false));
                advanced = advanced.add(byHand.granted("SWH", partner.getKey(), year, true));
                charged = charged.add(byHand.spent("SWH", partner.getKey(), year).subtract(byHand.contributions("SWH", partner.getKey(), year)));
            }
            assertThat(granted.signum()).as(partner.getValue()).isPositive();
            assertThat(toDate.text()).as(partner.getValue()).contains(plain(partner.getValue() + " " + euros(granted) + " " + euros(advanced)
                    + " " + euros(charged) + " " + euros(granted.subtract(charged))));
            allGranted = allGranted.add(granted);
            allCharged = allCharged.add(charged);
        }
        assertThat(byHand.contributions("SWH", "MOVISIE", 2019)).isEqualByComparingTo("9500.00");
        assertThat(toDate.text()).contains(plain("4.6 Subsidie en besteding"))
                .contains(plain("Totaal alliantie " + euros(allGranted)))
                .contains(plain(euros(allCharged) + " " + euros(allGranted.subtract(allCharged))));
    }

    @Test
    void a_partner_missing_from_a_years_indicator_total_is_named_next_to_it() {
        assertThat(wedtToDate.text()).contains(plain("▲ 2019: Emancipator rapporteerde hierover in 2018 wel, maar (nog) niet in 2019; "
                + "het totaal van 2019 is zonder die cijfers."));
    }

    /** Worked out by hand from the sample files: SWH's I1.1 is a count; each partner's row gives its years and their sum. */
    @Test
    void each_partners_values_of_a_count_are_a_row_of_the_per_partner_table_with_the_years_together_as_worked_out_by_hand() {
        PdfDocument toDate = PdfDocument.read(RENDERER.render(SampleWorld.toDate("SWH", 2019)));
        assertThat(toDate.text()).contains(plain("Per partner 2018 2019 t/m 2019"));
        int rows = 0;
        for (var partner : PARTNERS.entrySet()) {
            BigDecimal first = byHand.value("SWH", partner.getKey(), "I1.1", 2018);
            BigDecimal second = byHand.value("SWH", partner.getKey(), "I1.1", 2019);
            if (first == null && second == null) {
                continue;
            }
            BigDecimal together = (first == null ? BigDecimal.ZERO : first).add(second == null ? BigDecimal.ZERO : second);
            assertThat(toDate.text()).as(partner.getValue()).contains(plain(partner.getValue() + " " + (first == null ? "—" : dutch(first))
                    + " " + (second == null ? "—" : dutch(second)) + " " + dutch(together)));
            rows++;
        }
        assertThat(rows).isEqualTo(2);
    }

    @Test
    void a_deadline_met_by_a_first_version_says_which_version_arrived_then_so_that_it_agrees_with_the_appendix() {
        // NVR's 2018 expenditure: v1 on 15 March 2019 counts for the deadline; the figures come from v2 of 29 March
        assertThat(swh2018.text()).contains(plain("Nederlandse Vrouwen Raad realisatie 2018 1 april 2019 15 maart 2019 (v1) ✔ op tijd"));
        assertThat(swh2018.text()).contains(plain("v2 van 2"));
    }

    /** Worked out by hand: Wo=Men revised its 2019 budget in May 2019; the revision counts, the original is given beside it. */
    @Test
    void a_revised_budget_in_the_sample_counts_and_the_original_is_given_with_the_variance_against_it() throws Exception {
        BigDecimal original = new BigDecimal("42000.00");
        BigDecimal revised = byHand.budget("SWH", "WO-MEN", 2019, "personeelskosten");
        BigDecimal spent = byHand.spent("SWH", "WO-MEN", 2019, "personeelskosten");
        assertThat(java.nio.file.Files.readString(SampleWorld.INBOX.resolve("WO-MEN/2018-09-12_begroting-SWH-2019.csv")))
                .contains("personeelskosten;42000,00;definitief");
        assertThat(revised).isEqualByComparingTo("40000.00");

        assertThat(swh2019.text()).contains(plain("personeelskosten " + euros(revised) + " " + euros(spent) + " " + euros(spent.subtract(revised))))
                .contains(plain("Oorspronkelijke definitieve begroting (v1): " + euros(original) + "; verschil daartegen (gerealiseerd min begroot) "
                        + euros(spent.subtract(original)) + " (+1,0%)."));
    }

    @Test
    void a_revised_budget_line_gives_the_original_definitive_budget_and_the_variance_against_it() {
        PdfDocument specimen = PdfDocument.read(RENDERER.render(Specimen.progressReport()));

        assertThat(specimen.text()).contains(plain("Oorspronkelijke definitieve begroting (v1): € 18.000,00; verschil daartegen (gerealiseerd min begroot) "
                + "€ 8.000,00 (+44,4%)."));
    }

    @Test
    void the_key_figures_come_first() {
        String page = swh2018.page(2);
        assertThat(page).contains("1 Kerncijfers").contains("Definitieve begroting").contains("98,8%")
                .contains("7 van 8").contains("Activiteiten uitgevoerd").contains("2 van 3").contains("Indicatoren op streefwaarde")
                .contains("25 Indieningen op tijd");
    }

    @Test
    void indicators_show_target_against_actual_how_they_were_aggregated_and_no_invented_target() {
        String text = swh2018.text();
        assertThat(text).contains("I1.1 Vrouwen die een training financiële weerbaarheid volgden")
                .contains("2018 0 300 316 105,3% — ✔ op koers").contains("Aggregatie: opgeteld over 2 partners")
                .contains("geslacht: vrouw 96").contains("leeftijd: 18-30 58 (streefwaarde 60, ▼ achter)")
                .contains("Aggregatie: verhouding over 2 partners: de som van hun tellers gedeeld door de som van hun noemers");
        assertThat(text).contains("I3.1 Gestarte proefprocedures").contains("2018 0 geen 0 — — —");
        assertThat(wedtToDate.text()).contains("tot nu toe: laatste jaar (2019)");
        assertThat(text).as("the rule is stated").contains("Oordeel: op koers als het resultaat de streefwaarde van het jaar haalt");
    }

    /**
     * Worked out by hand from the sample files: SWH's I1.2 is a ratio (baseline 35, target 55 in 2019); the partners'
     * numerators over their denominators, its percentage of the target, its progress from the baseline, and the judgement.
     */
    @Test
    void a_ratio_indicator_is_the_sum_of_the_numerators_over_the_sum_of_the_denominators_judged_by_the_stated_rule() {
        BigDecimal[] parts = byHand.ratio("SWH", "I1.2", 2018);
        BigDecimal actual = parts[0].multiply(BigDecimal.valueOf(100)).divide(parts[1], 1, java.math.RoundingMode.HALF_UP);
        BigDecimal target = new BigDecimal("50");
        BigDecimal baseline = new BigDecimal("35");
        BigDecimal achieved = actual.multiply(BigDecimal.valueOf(100)).divide(target, 1, java.math.RoundingMode.HALF_UP);
        BigDecimal progress = actual.subtract(baseline).multiply(BigDecimal.valueOf(100)).divide(target.subtract(baseline), 1,
                java.math.RoundingMode.HALF_UP);
        String judgement = actual.compareTo(target) >= 0 ? "✔ op koers" : "▼ achter";

        assertThat(swh2018.text()).contains("2018 35 50 " + dutch(actual) + " " + percent(achieved) + " " + percent(progress) + " " + judgement)
                .contains("Teller en noemer samen: 2018: " + dutch(parts[0]) + " van " + dutch(parts[1]))
                .contains("Per partner (teller/noemer) 2018 Nederlandse Vrouwen Raad 49 51/104");
    }

    /** A percentage as the report writes it: one decimal, a decimal comma. */
    private static String percent(BigDecimal number) {
        return number.setScale(1, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',') + "%";
    }

    /** A number as the report writes it: a decimal comma and no trailing zeros. */
    private static String dutch(BigDecimal number) {
        BigDecimal plain = number.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString().replace('.', ',');
    }

    @Test
    void postponed_activities_are_marked_and_explained() {
        assertThat(swh2018.text()).contains("SWH-18-05").contains("▲ uitgesteld")
                .contains("Toelichting: Twee van de vier rondetafels zijn door de gemeenteraadsverkiezingen verschoven naar het voorjaar van 2019.");
    }

    @Test
    void what_a_partner_told_about_an_activity_follows_the_activities_of_its_outcome_with_the_partner_year_and_source() {
        String text = swh2018.text();
        int activities = text.indexOf("SWH-18-05", text.indexOf("3.2 Uitkomst U2"));
        int story = text.indexOf("SWH-18-05 Rondetafels met gemeenten over combinatie werk en zorg", activities + 1);
        int nextIndicators = text.indexOf("Indicatoren: streefwaarde en resultaat", activities);
        assertThat(story).as("the story after the activity table of U2, before U2's indicators").isGreaterThan(activities)
                .isLessThan(nextIndicators < 0 ? Integer.MAX_VALUE : nextIndicators);
        assertThat(text.substring(story)).startsWith(plain("SWH-18-05 Rondetafels met gemeenten over combinatie werk en zorg Movisie · verslag over 2018 · bron"));
        assertThat(text).contains(plain("Verschil met het plan. Twee rondetafels zijn verschoven naar het voorjaar van 2019 door de gemeenteraadsverkiezingen."))
                .contains("Verslag van de partners");
    }

    @Test
    void every_page_after_the_cover_says_page_x_of_y() {
        int pages = swh2018.pageCount();
        assertThat(pages).isGreaterThan(5);
        for (int page = 2; page <= pages; page++) {
            assertThat(swh2018.page(page)).contains("Pagina " + page + " van " + pages);
        }
        assertThat(swh2018.page(1)).doesNotContain("Pagina");
    }

    @Test
    void the_outline_has_a_bookmark_per_chapter_and_section() {
        assertThat(swh2018.bookmarks()).contains("1 Kerncijfers", "2 Strategisch doel en veranderingstheorie",
                "3 Activiteiten en indicatoren per uitkomst", "4 Financiën", "5 Indieningen en termijnen", "Bijlage A Herkomst van de gegevens");
        assertThat(swh2018.bookmarks()).contains("  3.1 Uitkomst U1", "  4.4 Afwijkingen buiten de tolerantie (10%)");
    }

    @Test
    void the_document_says_what_it_is_who_made_it_and_its_language() {
        assertThat(swh2018.title()).isEqualTo("Voortgangsrapportage 2018 — Samen werkt het! (SWH)");
        assertThat(swh2018.author()).isEqualTo("WOMEN Inc.");
        assertThat(swh2018.subject()).contains("Ministerie van Onderwijs, Cultuur en Wetenschap");
        assertThat(swh2018.language()).isEqualTo("nl-NL");
        assertThat(swh2018.tagged()).isTrue();
    }

    @Test
    void a_receipt_known_only_by_its_day_is_shown_without_a_time_that_nobody_gave() {
        // every sample file's name starts with the day it came in, and nothing else says when
        String withoutTheMomentItWasMade = swh2018.text().replaceAll("Opgesteld op \\d{1,2} \\p{L}+ \\d{4}, \\d{2}:\\d{2}", "");
        assertThat(withoutTheMomentItWasMade).doesNotContainPattern("\\d{4}, \\d{2}:\\d{2}").contains("Stand van de gegevens: 29 maart 2019 ");
    }

    @Test
    void dates_are_dutch() {
        assertThat(swh2018.page(1)).contains("1 januari 2018 – 31 december 2018").contains("29 maart 2019");
        assertThat(wedtToDate.page(1)).contains("Voortgangsrapportage 2018–2019").contains("werktitel: Nieuwe wegen naar een werkende toekomst");
    }

    @Test
    void in_english_the_same_template_has_english_words_numbers_and_dates() {
        PdfDocument english = PdfDocument.read(RENDERER.render(SampleWorld.year("SWH", 2018), Locale.UK));
        BigDecimal budget = byHand.budget("SWH", null, 2018);
        BigDecimal spent = byHand.spent("SWH", null, 2018);
        assertThat(english.text()).contains(plain("Alliance total " + CsvByHand.eurosInEnglish(budget) + " " + CsvByHand.eurosInEnglish(spent)))
                .contains("Progress report 2018").contains("1 January 2018 – 31 December 2018").contains("29 March 2019")
                .contains("+25.0% ▲ over").contains("▲ Explanation missing").contains("2018 0 none 0 — — —").contains("v2 of 2")
                .doesNotContain("Kerncijfers").doesNotContain("Toelichting ontbreekt");
        assertThat(english.page(2)).contains("Page 2 of " + english.pageCount());
        assertThat(english.bookmarks()).contains("1 Key figures", "4 Finances");
        assertThat(english.language()).isEqualTo("en-GB");
        assertThat(english.title()).isEqualTo("Progress report 2018 — Samen werkt het! (SWH)");
    }

    /** SWH's reference files give English for every goal, outcome, indicator, unit and activity, and for the scheme and ministry. */
    @Test
    void in_english_the_alliances_own_words_are_the_english_of_its_reference_files() {
        PdfDocument english = PdfDocument.read(RENDERER.render(SampleWorld.year("SWH", 2018), Locale.UK));

        assertThat(english.page(1)).contains("To the Ministry of Education, Culture and Science")
                .contains("Gender and LGBTI Equality Subsidy Scheme 2017–2022")
                .contains(plain("By 2022 all men and women, financially vulnerable women in particular, use the opportunities"));
        assertThat(english.text()).contains(plain("U1 Individual: financially vulnerable women are more resilient"))
                .contains(plain("I1.1 Women who took a financial resilience training"))
                .contains(plain("Unit: participants"))
                .contains(plain("SWH-18-05 Round tables with municipalities on combining work and care"))
                .doesNotContain("Ministerie van").doesNotContain("Vrouwen die een training").doesNotContain("Rondetafels")
                .doesNotContain(Content.DUTCH_ONLY.strip());
    }

    /** WEDT's activity plans have no English: in English each activity is given in Dutch, marked, and the cover says what the mark means. */
    @Test
    void in_english_a_text_without_english_is_printed_in_dutch_with_a_mark_the_cover_explains() {
        PdfDocument english = PdfDocument.read(RENDERER.render(SampleWorld.year("WEDT", 2018), Locale.UK));

        assertThat(english.page(1)).contains(plain("[NL] follows text the alliance gave in Dutch only"));
        assertThat(english.text()).contains(plain("Onderzoek naar beeldvorming in lesmateriaal [NL]"))
                .contains(plain("I2.1 Employers using the inclusive recruitment toolkit"))
                .doesNotContain("Werkgevers die de toolkit");
        assertThat(swh2018.text()).as("in Dutch nothing is marked").doesNotContain("[NL]");
    }

    @Test
    void several_reports_go_into_one_file_each_with_its_own_page_numbers_and_bookmarks() {
        PdfDocument both = PdfDocument.read(RENDERER.renderAll(List.of(SampleWorld.year("SWH", 2018), SampleWorld.year("WEDT", 2018)),
                Locale.forLanguageTag("nl-NL")));
        PdfDocument wedt2018 = PdfDocument.read(RENDERER.render(SampleWorld.year("WEDT", 2018)));
        assertThat(both.pageCount()).isEqualTo(swh2018.pageCount() + wedt2018.pageCount());
        assertThat(both.bookmarks()).contains("Voortgangsrapportage 2018 — Samen werkt het! (SWH)",
                "Voortgangsrapportage 2018 — Werk.en.de.Toekomst (WEDT)");
        assertThat(both.page(swh2018.pageCount() + 2)).contains("Pagina 2 van " + wedt2018.pageCount());
    }
}
