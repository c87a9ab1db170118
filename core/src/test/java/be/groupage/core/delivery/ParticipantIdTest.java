package be.groupage.core.delivery;

import be.groupage.core.cycle.KboNumber;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParticipantIdTest {

    @Test
    void aBelgianOrganisationIs0208AndItsKboNumber() {
        ParticipantId id = ParticipantId.ofKbo(KboNumber.of("0203.201.340"));

        assertThat(id.text()).isEqualTo("0208:0203201340");
        assertThat(id.scheme()).isEqualTo("0208");
    }

    @Test
    void parsesWithOrWithoutTheIdentifierScheme() {
        assertThat(ParticipantId.parse("0208:0203201340")).isEqualTo(new ParticipantId("0208", "0203201340"));
        assertThat(ParticipantId.parse(" iso6523-actorid-upis::0208:0203201340 ")).isEqualTo(new ParticipantId("0208", "0203201340"));
        assertThat(ParticipantId.parse("9925:be0203201340").text()).isEqualTo("9925:BE0203201340");
    }

    @Test
    void aKboNumberFailingItsCheckIsNoParticipant() {
        assertThatThrownBy(() -> ParticipantId.parse("0208:0203201341"))
                .isInstanceOf(InvalidParticipantIdException.class).hasMessageContaining("40");
    }

    @Test
    void dotsAnOtherSchemeOrNoSchemeAreRefused() {
        assertThatThrownBy(() -> ParticipantId.parse("0208:0203.201.340")).isInstanceOf(InvalidParticipantIdException.class);
        assertThatThrownBy(() -> ParticipantId.parse("0088:5790000435975")).isInstanceOf(InvalidParticipantIdException.class)
                .hasMessageContaining("0208");
        assertThatThrownBy(() -> ParticipantId.parse("0203201340")).isInstanceOf(InvalidParticipantIdException.class);
        assertThatThrownBy(() -> ParticipantId.parse("0208:")).isInstanceOf(InvalidParticipantIdException.class);
    }
}
