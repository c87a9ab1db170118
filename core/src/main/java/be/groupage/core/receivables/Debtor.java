package be.groupage.core.receivables;

import be.groupage.core.payment.Iban;

import java.util.Objects;
import java.util.Set;

/**
 * A member as the payment matcher knows it: its code, its name as it may appear as the name of the payer on a
 * bank statement, and the accounts it is known to pay from (a CPAS often pays from one account of the
 * municipality's financial director).
 */
public record Debtor(String memberCode, String name, Set<Iban> accounts) {

    public Debtor {
        Objects.requireNonNull(memberCode, "memberCode");
        Objects.requireNonNull(name, "name");
        accounts = Set.copyOf(Objects.requireNonNull(accounts, "accounts"));
    }

    public static Debtor of(String memberCode, String name, Set<Iban> accounts) {
        return new Debtor(memberCode, name, accounts);
    }
}
