package be.groupage.service.application.users;

import be.groupage.core.cycle.MemberType;
import be.groupage.service.application.access.Fakes;
import be.groupage.service.application.access.Role;
import be.groupage.service.application.common.ConflictException;
import be.groupage.service.application.common.InvalidInputException;
import be.groupage.service.application.common.Registrations;
import be.groupage.service.application.port.access.PasswordHasher;
import be.groupage.service.application.port.access.UserDetails;
import be.groupage.service.application.port.common.PostalAddress;
import be.groupage.service.application.port.members.MemberDetails;
import be.groupage.service.application.port.suppliers.SupplierDetails;
import be.groupage.service.application.port.suppliers.SupplierDirectory;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserServiceTest {

    /** Marks the password so a test sees it was hashed before it was stored. */
    private static final PasswordHasher HASHER = new PasswordHasher() {
        @Override
        public String hash(String password) {
            return "hashed:" + password.length();
        }

        @Override
        public boolean verify(String password, String storedHash) {
            return hash(password).equals(storedHash);
        }
    };

    /** No supplier is registered. */
    private static final SupplierDirectory NO_SUPPLIER = new SupplierDirectory() {
        @Override
        public boolean exists(String code) {
            return false;
        }

        @Override
        public SupplierDetails register(SupplierDetails supplier) {
            throw new UnsupportedOperationException("no supplier is registered in these tests");
        }

        @Override
        public Optional<SupplierDetails> byCode(String code) {
            return Optional.empty();
        }

        @Override
        public List<SupplierDetails> all() {
            return List.of();
        }
    };

    private final Fakes.Users users = new Fakes.Users().with("coordinator", Role.COORDINATOR, Optional.empty());
    private final Fakes.Members members = new Fakes.Members();
    private final List<String> audit = new ArrayList<>();
    private final UserService service = service();

    private UserService service() {
        members.register(new MemberDetails("CPAS-NAMUR", "CPAS de Namur", MemberType.CPAS, "0207000176", Optional.empty(),
                new PostalAddress("Rue de Dave 165", "5100", "Jambes", "BE"), "Entrepôt", Optional.empty(), LocalDate.of(2024, 1, 15)));
        UserService s = new UserService();
        s.caller = Fakes.signedIn("coordinator", users);
        s.audit = Fakes.audit(s.caller, audit);
        s.clock = Fakes.CLOCK;
        s.users = users;
        s.members = members;
        s.suppliers = NO_SUPPLIER;
        s.hashing = HASHER;
        return s;
    }

    @Test
    void aBuyerIsBoundToItsRegisteredMemberAndItsPasswordIsStoredHashed() {
        UserDetails created = service.create(new Registrations.NewUser("anne", "long enough to pass", "BUYER", "CPAS-NAMUR", null));

        assertThat(created.role()).isEqualTo(Role.BUYER);
        assertThat(created.memberCode()).contains("CPAS-NAMUR");
        assertThat(created.supplierCode()).isEmpty();
        assertThat(created.createdAt()).isEqualTo(Fakes.CLOCK.instant());
        assertThat(users.byLogin("anne")).contains(created);
        assertThat(audit).containsExactly("coordinator USER_CREATED user anne");
    }

    @Test
    void everyWrongFieldIsNamedAndNothingIsStored() {
        assertThatThrownBy(() -> service.create(new Registrations.NewUser("anne", "short", "SUPPLIER", "CPAS-NAMUR", "COOP")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.InputError::field).containsExactlyInAnyOrder("password", "member", "supplier"));
        assertThat(users.exists("anne")).isFalse();
    }

    @Test
    void aTakenLoginIsAConflict() {
        assertThatThrownBy(() -> service.create(new Registrations.NewUser("coordinator", "long enough to pass", "FINANCE", null, null)))
                .isInstanceOf(ConflictException.class);
    }
}
