package be.groupage.service.application.port.members;

import be.groupage.service.application.port.common.TakenKeyException;
import java.util.List;
import java.util.Optional;

/** The registered members, by code, inside the caller's transaction. */
public interface MemberDirectory {

    boolean exists(String code);

    /**
     * Stores a new member now; its code must not be taken.
     *
     * @throws TakenKeyException when another transaction stored the code first (the database's unique key refused it)
     */
    MemberDetails register(MemberDetails member);

    Optional<MemberDetails> byCode(String code);

    /** Every member, by code. */
    List<MemberDetails> all();

    /** How many members are registered. */
    long count();
}
