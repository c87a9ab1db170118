package be.groupage.service.application.access;

import be.groupage.service.application.port.access.UserDetails;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CurrentAccountTest {

    /** Counts how often the accounts are read. */
    private static final class CountingUsers extends Fakes.Users {
        final AtomicInteger reads = new AtomicInteger();

        @Override
        public Optional<UserDetails> byLogin(String login) {
            reads.incrementAndGet();
            return super.byLogin(login);
        }
    }

    @Test
    void a_caller_whose_password_was_checked_in_the_request_is_not_read_again() {
        CountingUsers users = new CountingUsers();
        users.with("cpas-andenne", Role.BUYER, Optional.of("CPAS-ANDENNE"));
        Account checked = new Account("cpas-andenne", Role.BUYER, Optional.of("CPAS-ANDENNE"), Optional.empty());

        CurrentAccount caller = Fakes.checkedInRequest(checked, users);

        assertThat(caller.require()).isEqualTo(checked);
        assertThat(caller.requireRole(Role.BUYER)).isEqualTo(checked);
        assertThat(users.reads).hasValue(0);
    }

    @Test
    void a_web_session_caller_is_read_once_per_request() {
        CountingUsers users = new CountingUsers();
        users.with("coordinateur", Role.COORDINATOR, Optional.empty());

        CurrentAccount caller = Fakes.signedIn("coordinateur", users);

        assertThat(caller.require().role()).isEqualTo(Role.COORDINATOR);
        assertThat(caller.require().login()).isEqualTo("coordinateur");
        assertThat(users.reads).hasValue(1);
    }

    @Test
    void a_web_session_of_an_account_disabled_since_is_refused() {
        CountingUsers users = new CountingUsers();
        users.byLogin.put("ancien", new UserDetails("ancien", Role.BUYER, Optional.of("CPAS-X"), Optional.empty(), false,
                Fakes.CLOCK.instant()));

        CurrentAccount caller = Fakes.signedIn("ancien", users);

        assertThat(caller.get()).isEmpty();
        assertThatThrownBy(caller::require).isInstanceOf(ForbiddenException.class);
    }
}
