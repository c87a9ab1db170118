package be.groupage.service.infrastructure.banking;

import be.groupage.core.banking.BankStatement;
import be.groupage.core.banking.Direction;
import be.groupage.core.banking.EntryKey;
import be.groupage.core.banking.StatementEntry;
import be.groupage.core.banking.StatementFile;
import be.groupage.core.banking.StatementFileError;
import be.groupage.core.banking.StatementId;
import be.groupage.core.money.Money;
import be.groupage.core.payment.Iban;
import be.groupage.core.payment.StructuredCommunication;
import be.groupage.service.application.port.payments.BankStatementReader;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads CAMT.053 files (ISO 20022 {@code BankToCustomerStatement}, versions camt.053.001.02 to .08) into core's
 * {@link BankStatement}s, one per {@code Stmt}: the account ({@code Acct/Id/IBAN}, in euro), the statement number
 * ({@code LglSeqNb}, else {@code ElctrncSeqNb}) and sequence ({@code ElctrncSeqNb}, 0 when absent), the year of
 * {@code FrToDt/ToDtTm} (else of {@code CreDtTm}), the opening balance ({@code OPBD}, else {@code PRCD}) and the
 * closing one ({@code CLBD}), and one entry per booked {@code Ntry}.
 *
 * <p>An entry's counterparty is the debtor for a credit and the creditor for a debit ({@code RltdPties},
 * {@code RltdAgts}); its structured communication is a {@code RmtInf/Strd/CdtrRefInf/Ref} typed {@code SCOR} or
 * issued by {@code BBA} whose check digits are right; any other reference, and the {@code Ustrd} texts, go to the
 * free communication, where the matcher finds an OGM typed by hand. A batch entry whose every {@code TxDtls} has its
 * own amount becomes one entry per transaction, the amounts adding up to the booked one; otherwise it is one entry.
 * Entries whose status is not {@code BOOK} (pending, information only) are not in the balance and are left out.
 *
 * <p>Errors, each with the line and column where its element starts and the element's path: not XML, not
 * camt.053, a mandatory element missing, an amount that is not a positive decimal exact to the cent, a currency
 * other than the euro, a statement account that is not an IBAN, a date that is not one, an opening balance plus
 * the movements that is not the closing balance. A file with an error yields no statement. Stateless and
 * thread-safe; never throws on bad input.
 */
@ApplicationScoped
public class Camt053Reader implements BankStatementReader {

    static final String ISO20022_NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:";
    private static final Pattern CAMT053 = Pattern.compile("camt\\.053\\.001\\.0[2-8]");
    /** ISO 20022 amounts: a decimal without sign, up to 18 digits of which 5 after the point. */
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,18}(\\.\\d{1,5})?");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");

    @Override
    public StatementFile readCamt053(InputStream in) {
        Objects.requireNonNull(in, "in");
        XmlElement.Parsed parsed = XmlElement.parse(in);
        if (parsed.root() == null) {
            return StatementFile.invalid(List.of(StatementFileError.of(parsed.line(), parsed.column(), "file",
                    "Le fichier n'est pas du XML bien formé : " + parsed.problem(),
                    "The file is not well-formed XML: " + parsed.problem())));
        }
        return new Run(parsed.root()).read();
    }

    /** One reading of one file: the errors found so far. */
    private static final class Run {
        private final XmlElement root;
        private final List<StatementFileError> errors = new ArrayList<>();

        Run(XmlElement root) {
            this.root = root;
        }

        StatementFile read() {
            String message = root.namespace.startsWith(ISO20022_NAMESPACE) ? root.namespace.substring(ISO20022_NAMESPACE.length()) : "";
            if (!root.name.equals("Document") || !CAMT053.matcher(message).matches()) {
                String whatFr = !message.isEmpty() ? "c'est un message ISO 20022 " + message
                        : "son élément racine est " + root.name + (root.namespace.isEmpty() ? " sans espace de noms" : " de l'espace de noms " + root.namespace);
                String whatEn = !message.isEmpty() ? "it is an ISO 20022 " + message + " message"
                        : "its root element is " + root.name + (root.namespace.isEmpty() ? " without a namespace" : " in namespace " + root.namespace);
                error(root, root.path, "Le fichier n'est pas un relevé CAMT.053 (camt.053.001.02 à .08) : " + whatFr,
                        "The file is not a CAMT.053 statement (camt.053.001.02 to .08): " + whatEn);
                return StatementFile.invalid(errors);
            }
            List<BankStatement> statements = new ArrayList<>();
            required(root, "BkToCstmrStmt").ifPresent(body -> {
                List<XmlElement> stmts = body.children("Stmt");
                if (stmts.isEmpty()) {
                    missing(body, "Stmt");
                }
                for (XmlElement s : stmts) {
                    statement(s).ifPresent(statements::add);
                }
            });
            return errors.isEmpty() ? StatementFile.valid(statements) : StatementFile.invalid(errors);
        }

        private Optional<BankStatement> statement(XmlElement s) {
            int errorsBefore = errors.size();
            Iban account = account(s);
            Integer electronic = s.child("ElctrncSeqNb").map(this::number).orElse(0);
            Optional<XmlElement> legal = s.child("LglSeqNb");
            Integer number = legal.isPresent() ? number(legal.get())
                    : s.child("ElctrncSeqNb").isPresent() ? electronic : missing(s, "LglSeqNb");
            LocalDate created = required(s, "CreDtTm").map(this::date).orElse(null);
            LocalDate to = s.find("FrToDt", "ToDtTm").map(this::date).orElse(null);
            Balance opening = balance(s, "OPBD", "PRCD");
            Balance closing = balance(s, "CLBD");
            List<Movement> movements = new ArrayList<>();
            for (XmlElement ntry : s.children("Ntry")) {
                movements.addAll(entry(ntry));
            }
            if (errors.size() > errorsBefore) {
                return Optional.empty();
            }
            Money expected = opening.amount;
            for (Movement m : movements) {
                expected = m.direction == Direction.CREDIT ? expected.plus(m.amount) : expected.minus(m.amount);
            }
            if (!expected.equals(closing.amount)) {
                error(closing.element, closing.element.path, "Le solde de clôture " + plain(closing.amount)
                                + " n'est pas le solde d'ouverture plus les mouvements : " + plain(expected),
                        "The closing balance " + plain(closing.amount) + " is not the opening balance plus the movements: " + plain(expected));
                return Optional.empty();
            }
            int year = (to != null ? to : created).getYear();
            return Optional.of(BankStatement.of(StatementId.of(account, year, number, electronic), opening.amount, opening.date,
                    closing.amount, closing.date, entries(account, movements)));
        }

        /** Core's entries, each keyed like CODA's: the bank's reference, else the counterparty and communication. */
        private static List<StatementEntry> entries(Iban account, List<Movement> movements) {
            Map<String, Integer> occurrences = new HashMap<>();
            List<StatementEntry> entries = new ArrayList<>(movements.size());
            for (Movement m : movements) {
                Details d = m.details;
                String reference = m.keyReference.isEmpty()
                        ? d.account.map(Iban::electronic).orElse("") + " " + d.ogm.map(StructuredCommunication::digits).orElse(d.free)
                        : m.keyReference;
                String base = m.booking + "|" + m.direction + "|" + m.amount + "|" + reference;
                int occurrence = occurrences.merge(base, 1, Integer::sum);
                EntryKey key = EntryKey.of(account, m.booking, m.direction, m.amount, reference, occurrence);
                entries.add(new StatementEntry(key, m.direction, m.amount, m.booking, m.value, m.bankReference, m.transactionCode,
                        d.name, d.account, d.bic, d.ogm, d.free, join(m.information, d.information)));
            }
            return entries;
        }

        private Iban account(XmlElement s) {
            Optional<XmlElement> acct = required(s, "Acct");
            if (acct.isEmpty()) {
                return null;
            }
            acct.get().child("Ccy").filter(c -> !c.text().equals("EUR")).ifPresent(c -> error(c, c.path,
                    "Devise du compte « " + c.text() + " » : seuls les comptes en euro sont lus",
                    "Account currency '" + c.text() + "': only euro accounts are read"));
            Optional<XmlElement> iban = required(acct.get(), "Id", "IBAN");
            if (iban.isEmpty()) {
                return null;
            }
            try {
                return Iban.parse(iban.get().text());
            } catch (IllegalArgumentException e) {
                error(iban.get(), iban.get().path, "Le compte « " + iban.get().text() + " » n'est pas un IBAN valide",
                        "The account '" + iban.get().text() + "' is not a valid IBAN");
                return null;
            }
        }

        private record Balance(Money amount, LocalDate date, XmlElement element) {
        }

        /** The first balance of the first of these types that the statement has, its sign from {@code CdtDbtInd}. */
        private Balance balance(XmlElement s, String... types) {
            for (String type : types) {
                for (XmlElement bal : s.children("Bal")) {
                    if (bal.textAt("Tp", "CdOrPrtry", "Cd").equals(type)) {
                        Money amount = required(bal, "Amt").map(this::amount).orElse(null);
                        Direction sign = required(bal, "CdtDbtInd").map(this::direction).orElse(null);
                        LocalDate date = required(bal, "Dt").map(this::dateChoice).orElse(null);
                        if (amount == null || sign == null || date == null) {
                            return null;
                        }
                        return new Balance(sign == Direction.DEBIT ? amount.negate() : amount, date, bal);
                    }
                }
            }
            missing(s, "Bal (" + String.join(" / ", types) + ")");
            return null;
        }

        private record Movement(Direction direction, Money amount, LocalDate booking, LocalDate value, String bankReference,
                                String transactionCode, String information, String keyReference, Details details) {
        }

        /** The counterparty and communication of one transaction. */
        private record Details(String name, Optional<Iban> account, String bic, Optional<StructuredCommunication> ogm,
                               String free, String information) {
            static final Details NONE = new Details("", Optional.empty(), "", Optional.empty(), "", "");
        }

        /** The movements of one {@code Ntry}: none when it is not booked, one per transaction of a split batch, else one. */
        private List<Movement> entry(XmlElement ntry) {
            String status = ntry.find("Sts", "Cd").map(XmlElement::text).orElseGet(() -> ntry.textAt("Sts"));
            if (!status.isEmpty() && !status.equals("BOOK")) {
                return List.of();
            }
            Optional<XmlElement> amountElement = required(ntry, "Amt");
            Money amount = amountElement.map(this::amount).orElse(null);
            Direction direction = required(ntry, "CdtDbtInd").map(this::direction).orElse(null);
            LocalDate booking = ntry.child("BookgDt").or(() -> ntry.child("ValDt")).map(this::dateChoice).orElse(null);
            if (ntry.child("BookgDt").isEmpty() && ntry.child("ValDt").isEmpty()) {
                missing(ntry, "BookgDt");
            }
            LocalDate value = ntry.child("ValDt").map(this::dateChoice).orElse(booking);
            if (amount != null && amount.isZero()) {
                error(amountElement.get(), amountElement.get().path, "Montant nul", "Zero amount");
                amount = null;
            }
            if (amount == null || direction == null || booking == null || value == null) {
                return List.of();
            }
            String bankReference = ntry.textAt("AcctSvcrRef");
            String code = transactionCode(ntry);
            String information = ntry.textAt("AddtlNtryInf");
            List<XmlElement> transactions = ntry.children("NtryDtls").stream().flatMap(d -> d.children("TxDtls").stream()).toList();
            if (transactions.size() > 1 && transactions.stream().allMatch(t -> transactionAmount(t).isPresent())) {
                List<Movement> split = new ArrayList<>();
                Money sum = Money.zero();
                for (XmlElement t : transactions) {
                    XmlElement amt = transactionAmount(t).get();
                    Money part = amount(amt);
                    if (part == null) {
                        continue;
                    }
                    if (part.isZero()) {
                        error(amt, amt.path, "Montant nul", "Zero amount");
                        continue;
                    }
                    sum = sum.plus(part);
                    String reference = t.textAt("Refs", "AcctSvcrRef");
                    split.add(new Movement(direction, part, booking, value, bankReference, code, information,
                            reference.isEmpty() ? bankReference : reference, details(t, direction)));
                }
                if (split.size() == transactions.size() && !sum.equals(amount)) {
                    error(amountElement.get(), amountElement.get().path, "Les transactions du lot font " + plain(sum)
                                    + ", pas le montant comptabilisé " + plain(amount),
                            "The batch's transactions add up to " + plain(sum) + ", not the booked amount " + plain(amount));
                }
                return split;
            }
            Details details = transactions.isEmpty() ? Details.NONE
                    : transactions.size() == 1 ? details(transactions.get(0), direction)
                    : merged(transactions.stream().map(t -> details(t, direction)).toList());
            return List.of(new Movement(direction, amount, booking, value, bankReference, code, information, bankReference, details));
        }

        /** {@code AmtDtls/TxAmt/Amt} (camt.053.001.02), or {@code Amt} right under {@code TxDtls} (from .03 on). */
        private static Optional<XmlElement> transactionAmount(XmlElement tx) {
            return tx.find("AmtDtls", "TxAmt", "Amt").or(() -> tx.child("Amt"));
        }

        /** Domain, family and sub-family ({@code PMNT/RCDT/ESCT}), else the bank's proprietary code. */
        private static String transactionCode(XmlElement ntry) {
            Optional<XmlElement> domain = ntry.find("BkTxCd", "Domn");
            if (domain.isPresent()) {
                XmlElement d = domain.get();
                return Stream.of(d.textAt("Cd"), d.textAt("Fmly", "Cd"), d.textAt("Fmly", "SubFmlyCd"))
                        .filter(t -> !t.isEmpty()).collect(Collectors.joining("/"));
            }
            return ntry.textAt("BkTxCd", "Prtry", "Cd");
        }

        /** The counterparty (the debtor of a credit, the creditor of a debit) and the remittance information. */
        private static Details details(XmlElement tx, Direction direction) {
            String party = direction == Direction.CREDIT ? "Dbtr" : "Cdtr";
            Optional<XmlElement> parties = tx.child("RltdPties");
            String name = parties.map(p -> p.find(party, "Nm").or(() -> p.find(party, "Pty", "Nm")).map(XmlElement::text).orElse(""))
                    .orElse("");
            String iban = parties.map(p -> p.textAt(party + "Acct", "Id", "IBAN")).orElse("");
            Optional<Iban> account = Iban.isValid(iban) ? Optional.of(Iban.parse(iban)) : Optional.empty();
            Optional<XmlElement> agent = tx.find("RltdAgts", party + "Agt", "FinInstnId");
            String bic = agent.map(a -> a.child("BIC").or(() -> a.child("BICFI")).map(XmlElement::text).orElse("")).orElse("");
            Optional<StructuredCommunication> ogm = Optional.empty();
            List<String> free = new ArrayList<>();
            for (XmlElement rmtInf : tx.children("RmtInf")) {
                for (XmlElement strd : rmtInf.children("Strd")) {
                    for (XmlElement ref : strd.children("CdtrRefInf")) {
                        String text = ref.textAt("Ref");
                        boolean belgian = ref.textAt("Tp", "CdOrPrtry", "Cd").equalsIgnoreCase("SCOR")
                                || ref.textAt("Tp", "Issr").equalsIgnoreCase("BBA");
                        if (belgian && ogm.isEmpty() && StructuredCommunication.isValid(text)) {
                            ogm = Optional.of(StructuredCommunication.parse(text));
                        } else if (!text.isEmpty()) {
                            free.add(text);
                        }
                    }
                    strd.children("AddtlRmtInf").forEach(a -> free.add(a.text()));
                }
                rmtInf.children("Ustrd").forEach(u -> free.add(u.text()));
            }
            return new Details(name, account, bic, ogm, join(free.toArray(String[]::new)), tx.textAt("AddtlTxInf"));
        }

        /** Several transactions booked as one amount: their texts together, their OGMs among them, no single counterparty. */
        private static Details merged(List<Details> all) {
            List<String> free = new ArrayList<>();
            for (Details d : all) {
                d.ogm.ifPresent(o -> free.add(o.formatted()));
                free.add(d.free);
            }
            return new Details("", Optional.empty(), "", Optional.empty(), join(free.toArray(String[]::new)),
                    join(all.stream().map(Details::information).toArray(String[]::new)));
        }

        private static String join(String... texts) {
            return Stream.of(texts).map(String::strip).filter(t -> !t.isEmpty()).collect(Collectors.joining(" "));
        }

        /** An amount in euro, positive or zero and exact to the cent; null (and an error) otherwise. */
        private Money amount(XmlElement amt) {
            String currency = amt.attribute("Ccy").orElse("");
            String text = amt.text();
            if (!currency.equals("EUR")) {
                error(amt, amt.path + "/@Ccy", "Devise « " + currency + " » du montant " + text + " : seuls les montants en euro sont lus",
                        "Currency '" + currency + "' of the amount " + text + ": only euro amounts are read");
                return null;
            }
            if (!AMOUNT.matcher(text).matches()) {
                error(amt, amt.path, "Le montant « " + text + " » n'est pas un nombre décimal positif (p. ex. 50.97)",
                        "The amount '" + text + "' is not a positive decimal number (e.g. 50.97)");
                return null;
            }
            BigDecimal value = new BigDecimal(text);
            if (value.stripTrailingZeros().scale() > 2) {
                error(amt, amt.path, "Le montant « " + text + " » a une fraction de cent", "The amount '" + text + "' has a fraction of a cent");
                return null;
            }
            return Money.euros(value.setScale(2));
        }

        private Direction direction(XmlElement indicator) {
            return switch (indicator.text()) {
                case "CRDT" -> Direction.CREDIT;
                case "DBIT" -> Direction.DEBIT;
                default -> {
                    error(indicator, indicator.path, "Indicateur « " + indicator.text() + " » : CRDT (crédit) ou DBIT (débit) attendu",
                            "Indicator '" + indicator.text() + "': CRDT (credit) or DBIT (debit) expected");
                    yield null;
                }
            };
        }

        /** A date given as {@code Dt} or {@code DtTm} inside the element. */
        private LocalDate dateChoice(XmlElement choice) {
            Optional<XmlElement> at = choice.child("Dt").or(() -> choice.child("DtTm"));
            if (at.isEmpty()) {
                missing(choice, "Dt");
                return null;
            }
            return date(at.get());
        }

        /** The calendar date of an ISO date or date-time, as the bank wrote it (its own time zone). */
        private LocalDate date(XmlElement e) {
            String text = e.text();
            if (DATE.matcher(text).matches()) {
                try {
                    return LocalDate.parse(text.substring(0, 10));
                } catch (DateTimeException ex) {
                    // told below in plain words
                }
            }
            error(e, e.path, "« " + text + " » n'est pas une date AAAA-MM-JJ", "'" + text + "' is not a YYYY-MM-DD date");
            return null;
        }

        private Integer number(XmlElement e) {
            String text = e.text();
            if (NUMBER.matcher(text).matches()) {
                return Integer.parseInt(text);
            }
            error(e, e.path, "Le numéro « " + text + " » n'est pas un nombre entier d'au plus 9 chiffres",
                    "The number '" + text + "' is not a whole number of at most 9 digits");
            return null;
        }

        /** The element down the path of names, or an error on the last element found and empty. */
        private Optional<XmlElement> required(XmlElement from, String... names) {
            XmlElement at = from;
            for (int i = 0; i < names.length; i++) {
                Optional<XmlElement> next = at.child(names[i]);
                if (next.isEmpty()) {
                    missing(at, String.join("/", List.of(names).subList(i, names.length)));
                    return Optional.empty();
                }
                at = next.get();
            }
            return Optional.of(at);
        }

        private <T> T missing(XmlElement parent, String name) {
            error(parent, parent.path + "/" + name, "L'élément obligatoire " + name + " manque dans " + parent.name,
                    "The mandatory element " + name + " is missing from " + parent.name);
            return null;
        }

        private void error(XmlElement at, String field, String fr, String en) {
            errors.add(StatementFileError.of(at.line, at.column, field, fr, en));
        }

        private static String plain(Money m) {
            return m.amount().toPlainString();
        }
    }
}
