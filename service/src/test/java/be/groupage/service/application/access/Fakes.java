package be.groupage.service.application.access;

import be.groupage.service.application.port.access.AuditLog;
import be.groupage.service.application.port.access.UserDetails;
import be.groupage.service.application.port.access.UserDirectory;
import be.groupage.service.application.port.members.MemberDetails;
import be.groupage.service.application.port.members.MemberDirectory;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** In-memory ports for use-case tests: they keep what they are given and nothing else. */
public final class Fakes {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:30:00Z"), ZoneOffset.UTC);

    private Fakes() {
    }

    /** The current account of a request signed in as that login, looked up in the given accounts. */
    public static CurrentAccount signedIn(String login, UserDirectory users) {
        CurrentAccount caller = new CurrentAccount();
        caller.security = new SignedIn(login);
        caller.users = users;
        return caller;
    }

    public static AuditTrail audit(CurrentAccount caller, List<String> lines) {
        AuditTrail audit = new AuditTrail();
        audit.caller = caller;
        audit.clock = CLOCK;
        audit.log = (at, actor, action, type, id, detail) -> lines.add(actor + " " + action + " " + type + " " + id);
        return audit;
    }

    public static class Users implements UserDirectory {
        final Map<String, UserDetails> byLogin = new TreeMap<>();
        final Map<String, String> hashes = new TreeMap<>();

        public Users with(String login, Role role, Optional<String> member) {
            byLogin.put(login, new UserDetails(login, role, member, Optional.empty(), true, CLOCK.instant()));
            return this;
        }

        @Override
        public boolean exists(String login) {
            return byLogin.containsKey(login);
        }

        @Override
        public UserDetails create(String login, String passwordHash, Role role, Optional<String> memberCode,
                                  Optional<String> supplierCode, Instant createdAt) {
            UserDetails user = new UserDetails(login, role, memberCode, supplierCode, true, createdAt);
            byLogin.put(login, user);
            hashes.put(login, passwordHash);
            return user;
        }

        @Override
        public Optional<UserDetails> byLogin(String login) {
            return Optional.ofNullable(byLogin.get(login));
        }

        @Override
        public Optional<Credentials> credentials(String login) {
            return byLogin(login).map(user -> new Credentials(user, hashes.getOrDefault(login, "")));
        }

        @Override
        public List<UserDetails> all() {
            return List.copyOf(byLogin.values());
        }
    }

    public static class Members implements MemberDirectory {
        final Map<String, MemberDetails> byCode = new TreeMap<>();

        @Override
        public boolean exists(String code) {
            return byCode.containsKey(code);
        }

        @Override
        public MemberDetails register(MemberDetails member) {
            byCode.put(member.code(), member);
            return member;
        }

        @Override
        public Optional<MemberDetails> byCode(String code) {
            return Optional.ofNullable(byCode.get(code));
        }

        @Override
        public List<MemberDetails> all() {
            return new ArrayList<>(byCode.values());
        }

        @Override
        public long count() {
            return byCode.size();
        }
    }

    /** The current account of a request whose password was checked in the request: the caller carries the account. */
    static CurrentAccount checkedInRequest(Account account, UserDirectory users) {
        CurrentAccount caller = new CurrentAccount();
        caller.security = new SignedIn(new SignedInCaller(account));
        caller.users = users;
        return caller;
    }

    /** A security context whose caller is always the same principal. */
    private record SignedIn(Principal caller) implements SecurityContext {

        SignedIn(String login) {
            this((Principal) () -> login);
        }

        @Override
        public Principal getCallerPrincipal() {
            return caller;
        }

        @Override
        public <T extends Principal> Set<T> getPrincipalsByType(Class<T> type) {
            return type.isInstance(caller) ? Set.of(type.cast(caller)) : Set.of();
        }

        @Override
        public boolean isCallerInRole(String role) {
            return false;
        }

        @Override
        public boolean hasAccessToWebResource(String resource, String... methods) {
            return false;
        }

        @Override
        public AuthenticationStatus authenticate(HttpServletRequest request, HttpServletResponse response,
                                                 AuthenticationParameters parameters) {
            throw new UnsupportedOperationException("not signed in through this context");
        }
    }
}
