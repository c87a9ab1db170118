package be.groupage.core.cycle;

import java.util.Optional;

/** Where members are kept; implemented outside {@code core}. */
public interface MemberRepository {

    Optional<Member> findByCode(String code);

    Optional<Member> findByKbo(KboNumber kbo);

    void save(Member member);
}
