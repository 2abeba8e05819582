package io.newspulse.producer.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {
    private final LanguageDetector detector = new LanguageDetector();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "マイクロソフトはOpenAIとMicrosoft Azureの契約を見直した。|ja",
            "微软与OpenAI宣布扩大合作关系，双方将共同建设数据中心。|zh",
            "삼성전자는 새로운 반도체 공장을 건설한다고 밝혔다.|ko",
            "The company said that revenue for the quarter was up sharply.|en",
            "Die Firma hat mitgeteilt, dass der Umsatz im Quartal gestiegen ist und die Aktie nicht fiel.|de",
            "La société a annoncé que les ventes sont en hausse pour le trimestre.|fr",
            "Компания сообщила о росте выручки.|ru",
            "12345 !!!|und"})
    void shouldTellLanguageFromScriptAndStopwords(String text, String expected) {
        assertThat(detector.detect(text)).isEqualTo(expected);
    }
}
