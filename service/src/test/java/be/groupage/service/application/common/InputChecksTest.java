package be.groupage.service.application.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InputChecksTest {

    @ParameterizedTest
    @ValueSource(strings = {"CPAS\u0000Namur", "CPAS\u001B[2JNamur", "CPAS\r\nNamur", "CPAS\nNamur", "CPAS\tNamur", "CPAS\u007F", "\u0085CPAS",
            "CPAS \uD83C"})
    void aControlCharacterOrALoneSurrogateIsRefusedByEveryTextCheckAndTheFieldIsNamedOnce(String hostile) {
        InputChecks checks = InputChecks.start();
        checks.required("name", hostile);
        checks.maxLength("name", hostile, 200);
        checks.text("title", hostile, 200);
        checks.optionalText("purchaseOrderRef", hostile, 60);
        checks.optionalEmail("email", hostile + "@example.be");
        checks.date("deliveryDate", "2026-12-01" + hostile, true);
        checks.paragraph("reason", "x" + hostile.replaceAll("[\r\n\t]", "\u0000"), 500);

        assertThatThrownBy(checks::throwIfAny).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.errors()).extracting(InvalidInputException.InputError::field)
                    .containsExactly("name", "title", "purchaseOrderRef", "email", "deliveryDate", "reason");
            assertThat(e.errors()).allSatisfy(error -> assertThat(error.message()).startsWith("must not hold a control character: U+"));
        });
    }

    @Test
    void theMessageSaysWhichCharacterAndWhere() {
        InputChecks checks = InputChecks.start();
        checks.text("lines[2].lot", "L-24\n118", 60);

        assertThatThrownBy(checks::throwIfAny).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors().get(0).message()).isEqualTo("must not hold a control character: U+000A (line feed) at position 5"
                        + " (a text is one line of printable characters: no line break, tab, NUL or escape)"));
    }

    @Test
    void plainTextPassesAsBeforeAFormulaLikeNameIncludedAndAnAbsentOptionalTextIsNoError() {
        InputChecks checks = InputChecks.start();

        assertThat(checks.text("name", "  =HYPERLINK(\"x\") ", 200)).contains("=HYPERLINK(\"x\")");
        assertThat(checks.text("name", "Épicerie « Le Relais » 🍎", 200)).contains("Épicerie « Le Relais » 🍎");
        assertThat(checks.optionalText("purchaseOrderRef", null, 60)).isEmpty();
        assertThat(checks.optionalText("purchaseOrderRef", " ", 60)).isEmpty();
        assertThat(checks.required("password", "correct horse battery")).isTrue();
        assertThat(checks.isEmpty()).isTrue();
    }

    @Test
    void aTextTypedOnSeveralLinesHasItsLineBreaksAndTabsFoldedIntoSpacesAndNothingElse() {
        InputChecks checks = InputChecks.start();

        assertThat(checks.paragraph("reason", "Livraison incomplète :\r\ncarottes abîmées\n\tvoir bon\n", 500))
                .contains("Livraison incomplète : carottes abîmées  voir bon");
        assertThat(checks.isEmpty()).isTrue();
        assertThat(checks.paragraph("reason", "x".repeat(499) + "\r\n", 500)).contains("x".repeat(499));
    }
}
