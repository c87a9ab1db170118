package be.groupage.service.infrastructure.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A login a client made up goes into the audit trail as plain text that fits its column. */
class SignInLockAuditTest {

    @Test
    void controlCharactersBecomeQuestionMarks_andTheSubjectIsCutToEightyCharacters() {
        assertThat(SignInLockAudit.plain("coord\n\u0000x\u2028")).isEqualTo("coord??x?");
        assertThat(SignInLockAudit.plain("a".repeat(500))).hasSize(80);
        assertThat(SignInLockAudit.plain("cpas-namur")).isEqualTo("cpas-namur");
    }
}
