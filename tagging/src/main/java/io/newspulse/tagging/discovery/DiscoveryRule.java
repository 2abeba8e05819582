package io.newspulse.tagging.discovery;

/** Which rule found a {@link Discovered} organisation. */
public enum DiscoveryRule {
    /** A legal form after or before the name: Acme Widgets plc, Siemens AG, 株式会社センターロード, (주)롯데쇼핑. */
    LEGAL_FORM,
    /** An industry head noun ending the name: Eos Airlines, 徳島銀行, 丸三証券, 부산저축은행. */
    HEAD_NOUN,
    /** A corporate context around the name: "shares of X", "X's chief executive", "law firm X", "X (NYSE: X)". */
    CONTEXT,
    /** A Kuromoji (IPADIC) organisation noun with corporate context nearby (社長, 決算, 買収...). */
    JAPANESE_ORGANISATION
}
