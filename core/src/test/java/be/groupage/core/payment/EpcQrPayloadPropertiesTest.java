package be.groupage.core.payment;

import be.groupage.core.money.Money;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Generated payloads read back element by element as EPC069-12 describes them. */
class EpcQrPayloadPropertiesTest {

    record Input(String name, Optional<Bic> bic, long cents, String purpose, Remittance remittance, String note) {
    }

    @Provide
    Arbitrary<Input> inputs() {
        Arbitrary<String> name = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz ABCÉÈàç-'&0123456789").ofMinLength(1).ofMaxLength(70)
                .filter(s -> !s.isBlank());
        Arbitrary<Optional<Bic>> bic = Arbitraries.of("GKCCBEBB", "GEBABEBBXXX", "KREDBEBB", "BBRUBEBB").map(Bic::parse).optional();
        Arbitrary<Long> cents = Arbitraries.longs().between(1, 99_999_999_999L);
        Arbitrary<String> purpose = Arbitraries.of("", "GDDS", "SUPP", "CHAR");
        Arbitrary<Remittance> remittance = Arbitraries.oneOf(
                Arbitraries.just(Remittance.none()),
                Arbitraries.longs().between(0, 9_999_999_999L).map(b -> Remittance.ogm(StructuredCommunication.ofBase(b))),
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(21).map(r -> Remittance.reference(CreditorReference.of(r))),
                Arbitraries.strings().withChars("abcdefghij /-éà€").ofMinLength(1).ofMaxLength(140).filter(s -> !s.isBlank()).map(Remittance::text));
        Arbitrary<String> note = Arbitraries.strings().alpha().ofMaxLength(70);
        return Combinators.combine(name, bic, cents, purpose, remittance, note).as(Input::new);
    }

    @Property(tries = 3000)
    void payloadMatchesTheStandardLineByLine(@ForAll("inputs") Input in) {
        Iban iban = Iban.parse("BE68539007547034");
        EpcQrPayload.Builder builder = EpcQrPayload.builder()
                .beneficiaryName(in.name())
                .bic(in.bic().orElse(null))
                .iban(iban)
                .amount(Money.ofCents(in.cents()))
                .purpose(in.purpose())
                .remittance(in.remittance())
                .note(in.note());
        // Every element within its own limit can still make the whole too long in UTF-8: then it is refused.
        int upperBound = 11 + String.join("", "BCD0021SCT", in.bic().map(Bic::code).orElse(""), in.name().strip(),
                "BE68539007547034", "EUR" + Money.ofCents(in.cents()).amount().toPlainString(), in.purpose(),
                in.remittance().structuredField(), in.remittance().textField(), in.note()).getBytes(StandardCharsets.UTF_8).length;
        EpcQrPayload payload;
        try {
            payload = builder.build();
        } catch (InvalidPaymentDataException e) {
            assertThat(e.field()).isEqualTo("payload");
            assertThat(upperBound).isGreaterThan(331);
            return;
        }

        String text = payload.text();
        assertThat(text.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(331);
        assertThat(text).doesNotContain("\r").doesNotEndWith("\n");
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        assertThat(lines.get(lines.size() - 1)).as("no trailing empty element").isNotEmpty();
        assertThat(lines.size()).isBetween(8, 12);
        while (lines.size() < 12) {
            lines.add("");
        }
        assertThat(lines.subList(0, 4)).containsExactly("BCD", "002", "1", "SCT");
        assertThat(lines.get(4)).isEqualTo(in.bic().map(Bic::code).orElse(""));
        assertThat(lines.get(5)).isEqualTo(in.name().strip()).hasSizeBetween(1, 70);
        assertThat(lines.get(6)).isEqualTo("BE68539007547034");
        assertThat(lines.get(7)).matches("EUR\\d{1,9}\\.\\d{2}");
        assertThat(Money.euros(lines.get(7).substring(3)).cents()).isEqualTo(in.cents());
        assertThat(lines.get(8)).isEqualTo(in.purpose());
        assertThat(lines.get(9).isEmpty() || lines.get(10).isEmpty()).as("structured reference or text, never both").isTrue();
        assertThat(lines.get(9)).hasSizeLessThanOrEqualTo(35);
        if (!lines.get(9).isEmpty()) {
            assertThat(CreditorReference.parse(lines.get(9)).electronic()).isEqualTo(lines.get(9));
        }
        assertThat(lines.get(10).codePointCount(0, lines.get(10).length())).isLessThanOrEqualTo(140);
        if (in.remittance() instanceof Remittance.Text t && t.text().startsWith("+++")) {
            assertThat(StructuredCommunication.isValid(lines.get(10))).isTrue();
        }
        assertThat(lines.get(11)).isEqualTo(in.note());
    }
}
