package be.groupage.service.application.members;

import be.groupage.core.cycle.MemberType;
import be.groupage.service.application.access.Fakes;
import be.groupage.service.application.access.ForbiddenException;
import be.groupage.service.application.access.Role;
import be.groupage.service.application.common.ConflictException;
import be.groupage.service.application.common.InvalidInputException;
import be.groupage.service.application.common.NotFoundException;
import be.groupage.service.application.common.Registrations;
import be.groupage.service.application.port.common.TakenKeyException;
import be.groupage.service.application.port.members.MemberDetails;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MemberServiceTest {

    private final Fakes.Members members = new Fakes.Members();
    private final Fakes.Users users = new Fakes.Users()
            .with("coordinator", Role.COORDINATOR, Optional.empty())
            .with("buyer", Role.BUYER, Optional.of("CPAS-NAMUR"));
    private final List<String> audit = new ArrayList<>();

    private MemberService as(String login) {
        MemberService service = new MemberService();
        service.caller = Fakes.signedIn(login, users);
        service.audit = Fakes.audit(service.caller, audit);
        service.clock = Fakes.CLOCK;
        service.directory = members;
        return service;
    }

    private static Registrations.NewMember namur(String kind) {
        return new Registrations.NewMember("CPAS-NAMUR", " CPAS de Namur ", kind, "0207.000.176", "be 0207.000.176",
                new Registrations.AddressInput(" Rue de Dave 165 ", "5100", "Jambes", "BE"), " Entrepôt ", " ");
    }

    @Test
    void registersTheMemberAsTheDirectoryKeepsItWithTheKindAsAnEnumAndTodayAsJoiningDate() {
        MemberDetails registered = as("coordinator").register(namur("CPAS"));

        assertThat(members.byCode("CPAS-NAMUR")).contains(registered);
        assertThat(registered.kind()).isEqualTo(MemberType.CPAS);
        assertThat(registered.kbo()).isEqualTo("0207000176");
        assertThat(registered.vatNumber()).contains("BE0207000176");
        assertThat(registered.name()).isEqualTo("CPAS de Namur");
        assertThat(registered.address().street()).isEqualTo("Rue de Dave 165");
        assertThat(registered.email()).isEmpty();
        assertThat(registered.joinedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(audit).containsExactly("coordinator MEMBER_REGISTERED member CPAS-NAMUR");
    }

    @Test
    void anUnknownKindIsAnInputErrorOnKindAndNothingIsStored() {
        assertThatThrownBy(() -> as("coordinator").register(namur("COMMUNE")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(InvalidInputException.InputError::field).containsExactly("kind"));
        assertThat(members.count()).isZero();
        assertThat(audit).isEmpty();
    }

    @Test
    void aTakenCodeIsAConflict() {
        as("coordinator").register(namur("CPAS"));

        assertThatThrownBy(() -> as("coordinator").register(namur("ASSOCIATION"))).isInstanceOf(ConflictException.class);
        assertThat(members.byCode("CPAS-NAMUR").orElseThrow().kind()).isEqualTo(MemberType.CPAS);
    }

    @Test
    void aCodeAnotherRequestStoredFirstIsTheSameConflictAndNothingIsAudited() {
        MemberService service = as("coordinator");
        service.directory = new Fakes.Members() {
            @Override
            public MemberDetails register(MemberDetails member) {
                throw new TakenKeyException(member.code(), null);
            }
        };

        assertThatThrownBy(() -> service.register(namur("CPAS")))
                .isInstanceOf(ConflictException.class).hasMessage("A member with code CPAS-NAMUR already exists.");
        assertThat(audit).isEmpty();
    }

    @Test
    void aBuyerReadsItsOwnMemberAndLearnsNothingOfOthers() {
        as("coordinator").register(namur("CPAS"));

        assertThat(as("buyer").get("CPAS-NAMUR").code()).isEqualTo("CPAS-NAMUR");
        assertThatThrownBy(() -> as("buyer").get("CPAS-DINANT")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as("buyer").list()).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aControlCharacterInAnyTextIsAnInputErrorNamingTheFieldAndNothingIsStored() {
        Registrations.NewMember hostile = new Registrations.NewMember("CPAS-NAMUR", "CPAS de\nNamur", "CPAS", "0207.000.176", null,
                new Registrations.AddressInput("Rue de Dave\u0000165", "5100", "Jambes\u001B[0m", "BE"), "Entrepôt\r", "a\u0007@example.be");

        assertThatThrownBy(() -> as("coordinator").register(hostile)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(InvalidInputException.InputError::field)
                        .containsExactly("name", "address.street", "address.city", "deliveryPoint", "email"));
        assertThat(members.count()).isZero();
        assertThat(audit).isEmpty();
    }

    @Test
    void aNameThatLooksLikeAFormulaIsAcceptedAsTextItIsNeutralisedWhereItIsExported() {
        Registrations.NewMember formula = new Registrations.NewMember("CPAS-NAMUR", "=HYPERLINK(\"x\")", "CPAS", "0207.000.176", null,
                new Registrations.AddressInput("Rue de Dave 165", "5100", "Jambes", "BE"), "Entrepôt", null);

        assertThat(as("coordinator").register(formula).name()).isEqualTo("=HYPERLINK(\"x\")");
    }
}
