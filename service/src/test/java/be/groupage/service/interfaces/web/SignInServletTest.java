package be.groupage.service.interfaces.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The sign-in page's message for a throttled attempt: the wait in whole minutes, rounded up. */
class SignInServletTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1   | Trop de tentatives, réessayez dans 1 minute.",
            "60  | Trop de tentatives, réessayez dans 1 minute.",
            "61  | Trop de tentatives, réessayez dans 2 minutes.",
            "900 | Trop de tentatives, réessayez dans 15 minutes."})
    void saysHowManyMinutesToWait(long seconds, String message) {
        assertThat(SignInServlet.tooMany(seconds)).isEqualTo(message);
    }
}
