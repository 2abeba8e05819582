package io.newspulse.tagging;

import static io.newspulse.tagging.BuiltInTagger.ids;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The short forms German, French and Spanish news writes for European companies, against the built-in knowledge
 * base (data 2026.12.04-6, tools/kb/build_kb.py and docs/knowledge-base.md). The sentences are written for this
 * test, not taken from articles.
 */
class EuropeanShortFormsTest {
    @Test
    void shouldTagCompanyByItsNameWithoutTheLegalForm() {
        assertThat(ids("Die OMV erhöht die Dividende für das abgelaufene Geschäftsjahr.", "de")).contains("omv");
        assertThat(ids("Die Erste Group und die Bawag müssen der Aufsicht neue Zahlen vorlegen.", "de"))
                .contains("erste-group-bank", "bawag");
    }

    @Test
    void shouldTagBankByEitherWordOfItsGroupName() {
        assertThat(ids("Die Erste Bank senkt die Zinsen für Sparbücher.", "de")).contains("erste-group-bank");
        assertThat(ids("El Banco Sabadell rechazó la oferta.", "es")).contains("banco-de-sabadell");
    }

    @Test
    void shouldTagAustrianShortNamesNewsUses() {
        assertThat(ids("Die AUA streicht wegen eines Streiks zahlreiche Flüge.", "de")).contains("austrian-airlines");
        assertThat(ids("Der Voest-Chef sieht die Nachfrage aus der Autoindustrie schwächer.", "de"))
                .contains("voestalpine");
    }

    @Test
    void shouldTagNameWithTheAccentsTheExchangeListDrops() {
        assertThat(ids("Red Eléctrica no cambia sus planes de inversión.", "es")).contains("red-electrica");
    }

    @Test
    void shouldNotTagOrdinalOrCommonNounThatStartsACompanyName() {
        assertThat(ids("Die erste Sitzung des Nationalrats war kurz. Der Verbund der Gemeinden forderte mehr Geld.",
                "de")).isEmpty();
    }
}
