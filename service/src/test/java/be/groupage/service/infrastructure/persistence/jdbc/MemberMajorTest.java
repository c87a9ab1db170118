package be.groupage.service.infrastructure.persistence.jdbc;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MemberMajorTest {

    @Test
    void byMemberRow_thenInTheOrderGiven() {
        long[] members = {7, 3, 7, 3, 1, 7};
        assertThat(MemberMajor.order(members.length, i -> members[i])).containsExactly(4, 1, 3, 0, 2, 5);
    }

    @Test
    void asGivenWhenAMemberRowDoesNotFitTheKey() {
        long[] members = {7, 1L << 40, 3};
        assertThat(MemberMajor.order(members.length, i -> members[i])).containsExactly(0, 1, 2);
        assertThat(MemberMajor.order(0, i -> 0)).isEmpty();
    }
}
