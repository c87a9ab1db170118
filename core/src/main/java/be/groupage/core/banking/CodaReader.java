package be.groupage.core.banking;

import be.groupage.core.money.Money;
import be.groupage.core.payment.Iban;
import be.groupage.core.payment.StructuredCommunication;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a Belgian bank statement file in the Febelfin CODA 2 format: records of 128 characters, one a line,
 * lines ending in CR LF or LF (the last one may have none). A file holds one or more statements, each
 * <ul>
 *   <li>0: header (creation date; version code {@code 2} in column 128),</li>
 *   <li>1: old balance (account structure, statement number, IBAN and currency, sign and balance, date,
 *       account holder, sequence number of the coded statement),</li>
 *   <li>2.1, 2.2, 2.3: one movement (sequence and detail numbers, the bank's reference, sign and amount,
 *       value date, transaction code, communication, free or structured, booking date; then the rest of the
 *       communication and the counterparty's BIC; then the counterparty's account and name),</li>
 *   <li>3.1, 3.2, 3.3: information about the movement of the same sequence number,</li>
 *   <li>4: free communication about the statement (read and ignored),</li>
 *   <li>8: new balance,</li>
 *   <li>9: trailer (number of records 1, 2, 3 and 8; total of the debits and of the credits).</li>
 * </ul>
 *
 * <p>Checked, each error reported with its line and column and in plain French and English words: every
 * record is 128 characters; record types come in that order; numbers, signs and dates are what they should be;
 * amounts have no fraction of a cent; the account is an IBAN in euro (account structure 2 or 3) and records 1
 * and 8 name the same account and statement number; the continuation records 2.2, 2.3 and 3.x carry the
 * sequence number of their movement; each 2.1 movement's sequence number follows the previous one; the old
 * balance plus the movements is the new balance; the trailer's record count, debit total and credit total
 * equal those of the statement; the file does not end before a trailer.
 *
 * <p>Decisions: only the movements of detail number 0000 become entries and count in the totals and the
 * balance; the details of a globalised movement (detail numbers 0001…) are read and checked but not counted
 * again. A structured communication of type 101 or 102 with wrong check digits is not an error of the file
 * (the bank passed it on as it was typed): its twelve digits go into the entry's free communication, where
 * the matcher finds it as a mistyped OGM. A counterparty account that is not a valid SEPA IBAN is left out of
 * the entry. Dates are DDMMYY in the 2000s; a value date of 000000 is taken as the booking date.
 *
 * <p>Stateless and thread-safe.
 */
public final class CodaReader {

    static final int RECORD_LENGTH = 128;

    private CodaReader() {
    }

    /**
     * Reads the bytes of a CODA file in ISO-8859-1 (Latin-1), the character set banks deliver CODA in, so each
     * byte is one character and columns count bytes.
     */
    public static StatementFile read(InputStream in) {
        Objects.requireNonNull(in, "in");
        try {
            return read(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the CODA file", e);
        }
    }

    /** Reads the whole text of a CODA file. */
    public static StatementFile read(String text) {
        Objects.requireNonNull(text, "text");
        return new Run(text).read();
    }

    /** One reading of one file: the errors found so far and the statement being read. */
    private static final class Run {
        private final List<String> lines = new ArrayList<>();
        private final List<StatementFileError> errors = new ArrayList<>();
        private final List<BankStatement> statements = new ArrayList<>();
        private Group group;

        Run(String text) {
            String[] split = text.split("\n", -1);
            for (String l : split) {
                lines.add(l.endsWith("\r") ? l.substring(0, l.length() - 1) : l);
            }
            // A final line break, or blank lines after the trailer, end the file; they are no records.
            while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
                lines.remove(lines.size() - 1);
            }
        }

        StatementFile read() {
            if (lines.isEmpty()) {
                return StatementFile.invalid(List.of(StatementFileError.of(1, 1, "file", "Le fichier est vide", "The file is empty")));
            }
            for (int i = 0; i < lines.size(); i++) {
                readRecord(i + 1, lines.get(i));
            }
            if (group != null) {
                error(lines.size(), 1, "record 9", "Le fichier se termine sans enregistrement final 9 (le fichier est-il complet ?)",
                        "The file ends without a trailer record 9 (is the file complete?)");
            }
            return errors.isEmpty() ? StatementFile.valid(statements) : StatementFile.invalid(errors);
        }

        private void readRecord(int line, String record) {
            char type = record.isEmpty() ? ' ' : record.charAt(0);
            if (group != null && (type == '1' || type == '2' || type == '3' || type == '8')) {
                group.recordCount++;
            }
            if (record.length() != RECORD_LENGTH) {
                // Where the record goes wrong: the first missing character, or the first one too many.
                int column = Math.min(record.length(), RECORD_LENGTH) + 1;
                error(line, column, "record",
                        "L'enregistrement a " + record.length() + " caractères ; un enregistrement CODA en a 128",
                        "The record has " + record.length() + " characters; a CODA record has 128");
                if (group != null) {
                    group.broken = true;
                }
                return;
            }
            switch (type) {
                case '0' -> header(line, record);
                case '1' -> oldBalance(line, record);
                case '2' -> movement(line, record);
                case '3' -> information(line, record);
                case '4' -> inGroup(line, "4");
                case '8' -> newBalance(line, record);
                case '9' -> trailer(line, record);
                default -> error(line, 1, "record type",
                        "Type d'enregistrement inconnu « " + type + " » (0, 1, 2, 3, 4, 8 ou 9 attendu)",
                        "Unknown record type '" + type + "' (0, 1, 2, 3, 4, 8 or 9 expected)");
            }
        }

        private boolean inGroup(int line, String type) {
            if (group == null) {
                error(line, 1, "record " + type, "Enregistrement " + type + " hors d'un extrait : l'en-tête 0 manque avant lui",
                        "Record " + type + " outside a statement: the header record 0 is missing before it");
                return false;
            }
            return true;
        }

        private void header(int line, String r) {
            if (group != null) {
                error(line, 1, "record 0", "Nouvel en-tête 0 avant l'enregistrement final 9 de l'extrait précédent",
                        "A new header record 0 before the trailer record 9 of the previous statement");
            }
            group = new Group(line);
            date(line, r, 6, "creation date", "date de création");
            if (r.charAt(127) != '2') {
                error(line, 128, "version code", "Version CODA « " + r.charAt(127) + " » : seule la version 2 est lue",
                        "CODA version '" + r.charAt(127) + "': only version 2 is read");
            }
        }

        private void oldBalance(int line, String r) {
            if (!inGroup(line, "1")) {
                return;
            }
            if (group.oldBalanceLine != 0) {
                error(line, 1, "record 1", "Deuxième enregistrement 1 dans le même extrait (le premier est ligne " + group.oldBalanceLine + ")",
                        "A second record 1 in the same statement (the first is on line " + group.oldBalanceLine + ")");
                return;
            }
            group.oldBalanceLine = line;
            char structure = r.charAt(1);
            String accountText;
            if (structure == '2') {
                accountText = field(r, 6, 21);
            } else if (structure == '3') {
                accountText = field(r, 6, 39).strip();
            } else {
                error(line, 2, "account structure", "Le compte n'est pas donné en IBAN (structure " + structure
                                + ") : demandez à la banque un CODA avec IBAN (structure 2 ou 3)",
                        "The account is not given as an IBAN (structure " + structure + "): ask the bank for CODA with IBAN (structure 2 or 3)");
                accountText = null;
            }
            if (accountText != null) {
                try {
                    group.account = Iban.parse(accountText);
                } catch (IllegalArgumentException e) {
                    error(line, 6, "account", "Le compte « " + accountText.strip() + " » n'est pas un IBAN valide",
                            "The account '" + accountText.strip() + "' is not a valid IBAN");
                }
            }
            group.accountField = field(r, 6, 42);
            String currency = field(r, 40, 42);
            if (!currency.equals("EUR")) {
                error(line, 40, "currency", "Devise « " + currency + " » : seuls les comptes en euro sont lus",
                        "Currency '" + currency + "': only euro accounts are read");
            }
            group.statementNumber = number(line, r, 3, 5, "statement number", "numéro d'extrait");
            group.openingBalance = signedAmount(line, r, 43, 44, "old balance", "ancien solde");
            group.openingDate = date(line, r, 59, "old balance date", "date de l'ancien solde");
            group.sequence = number(line, r, 126, 128, "sequence number", "numéro de séquence");
        }

        private void movement(int line, String r) {
            if (!inGroup(line, "2")) {
                return;
            }
            if (group.oldBalanceLine == 0 || group.newBalanceLine != 0) {
                error(line, 1, "record 2", "Mouvement hors de sa place : il vient après l'ancien solde 1 et avant le nouveau solde 8",
                        "A movement out of place: it comes after the old balance record 1 and before the new balance record 8");
                return;
            }
            char part = r.charAt(1);
            Integer seq = number(line, r, 3, 6, "sequence number", "numéro de séquence");
            Integer detail = number(line, r, 7, 10, "detail number", "numéro de détail");
            if (seq == null || detail == null) {
                group.broken = true;
                return;
            }
            switch (part) {
                case '1' -> movementStart(line, r, seq, detail);
                case '2' -> {
                    Movement m = continuation(line, seq, detail, "2.2");
                    if (m != null) {
                        m.communication.append(field(r, 11, 63));
                        m.bic = field(r, 99, 109).strip();
                    }
                }
                case '3' -> {
                    Movement m = continuation(line, seq, detail, "2.3");
                    if (m != null) {
                        String account = field(r, 11, 44).strip();
                        m.counterpartyAccount = Iban.isValid(account) ? Optional.of(Iban.parse(account)) : Optional.empty();
                        m.counterpartyName = field(r, 48, 82).strip();
                        m.communication.append(field(r, 83, 125));
                    }
                }
                default -> error(line, 2, "record type", "Enregistrement 2." + part + " inconnu (2.1, 2.2 ou 2.3 attendu)",
                        "Unknown record 2." + part + " (2.1, 2.2 or 2.3 expected)");
            }
        }

        private void movementStart(int line, String r, int seq, int detail) {
            int expected = group.lastSequence + 1;
            if (detail == 0 && seq != expected) {
                error(line, 3, "sequence number", "Numéro de séquence " + seq + " : " + expected + " attendu (un mouvement manque ou est répété)",
                        "Sequence number " + seq + ": " + expected + " expected (a movement is missing or repeated)");
            } else if (detail != 0 && seq != group.lastSequence) {
                error(line, 3, "sequence number", "Le détail " + detail + " porte le numéro de séquence " + seq + ", pas celui du mouvement global " + group.lastSequence,
                        "Detail " + detail + " has sequence number " + seq + ", not that of its global movement " + group.lastSequence);
            }
            if (detail == 0) {
                group.lastSequence = seq;
            }
            Movement m = new Movement(line, seq, detail);
            group.current = m;
            if (detail == 0) {
                group.movements.add(m);
            }
            m.bankReference = field(r, 11, 31).strip();
            Money signed = signedAmount(line, r, 32, 33, "amount", "montant");
            if (signed != null) {
                if (signed.isZero()) {
                    error(line, 33, "amount", "Montant nul", "Zero amount");
                } else {
                    m.amount = signed;
                }
            }
            m.transactionCode = field(r, 54, 61);
            char communicationType = r.charAt(61);
            String communication = field(r, 63, 115);
            if (communicationType == '1') {
                String structureCode = communication.substring(0, 3);
                String digits = communication.substring(3, 15);
                if ((structureCode.equals("101") || structureCode.equals("102")) && allDigits(digits)) {
                    long base = Long.parseLong(digits.substring(0, 10));
                    if (Integer.parseInt(digits.substring(10)) == StructuredCommunication.checkDigitsOf(base)) {
                        m.ogm = Optional.of(StructuredCommunication.ofBase(base));
                    } else {
                        m.communication.append(digits);
                    }
                } else if (structureCode.equals("101") || structureCode.equals("102")) {
                    error(line, 66, "structured communication", "La communication structurée n'a pas 12 chiffres : « " + digits + " »",
                            "The structured communication is not 12 digits: '" + digits + "'");
                } else {
                    // Other structured types (SEPA direct debit, detail of globalisation…) carry no OGM.
                    m.communication.append(communication.substring(3));
                }
            } else if (communicationType == '0') {
                m.communication.append(communication);
            } else {
                error(line, 62, "communication type", "Type de communication « " + communicationType + " » : 0 (libre) ou 1 (structurée) attendu",
                        "Communication type '" + communicationType + "': 0 (free) or 1 (structured) expected");
            }
            LocalDate booking = date(line, r, 116, "booking date", "date de comptabilisation");
            m.bookingDate = booking;
            if (field(r, 48, 53).equals("000000")) {
                m.valueDate = booking;
            } else {
                m.valueDate = date(line, r, 48, "value date", "date valeur");
            }
            Integer paperNumber = number(line, r, 122, 124, "statement number", "numéro d'extrait");
            if (paperNumber != null && group.statementNumber != null && !paperNumber.equals(group.statementNumber)) {
                error(line, 122, "statement number", "Numéro d'extrait " + paperNumber + " : l'enregistrement 1 donne " + group.statementNumber,
                        "Statement number " + paperNumber + ": record 1 gives " + group.statementNumber);
            }
        }

        private Movement continuation(int line, int seq, int detail, String part) {
            Movement m = group.current;
            if (m == null) {
                error(line, 1, "record " + part, "Enregistrement " + part + " sans mouvement 2.1 avant lui",
                        "Record " + part + " without a movement record 2.1 before it");
                return null;
            }
            if (m.sequence != seq || m.detail != detail) {
                error(line, 3, "sequence number", "L'enregistrement " + part + " porte le numéro " + seq + "/" + detail
                                + ", pas celui du mouvement de la ligne " + m.line + " (" + m.sequence + "/" + m.detail + ")",
                        "Record " + part + " has number " + seq + "/" + detail + ", not that of the movement on line " + m.line
                                + " (" + m.sequence + "/" + m.detail + ")");
                return null;
            }
            return m;
        }

        private void information(int line, String r) {
            if (!inGroup(line, "3")) {
                return;
            }
            char part = r.charAt(1);
            Integer seq = number(line, r, 3, 6, "sequence number", "numéro de séquence");
            Integer detail = number(line, r, 7, 10, "detail number", "numéro de détail");
            if (seq == null || detail == null) {
                group.broken = true;
                return;
            }
            String text;
            switch (part) {
                case '1' -> text = " " + field(r, 41, 113);
                case '2' -> text = field(r, 11, 115);
                case '3' -> text = field(r, 11, 100);
                default -> {
                    error(line, 2, "record type", "Enregistrement 3." + part + " inconnu (3.1, 3.2 ou 3.3 attendu)",
                            "Unknown record 3." + part + " (3.1, 3.2 or 3.3 expected)");
                    return;
                }
            }
            Movement m = group.current;
            if (m == null || m.sequence != seq) {
                error(line, 3, "sequence number", "L'information 3." + part + " porte le numéro de séquence " + seq + " d'aucun mouvement lu",
                        "Information record 3." + part + " has sequence number " + seq + " of no movement read");
                return;
            }
            m.information.append(text);
        }

        private void newBalance(int line, String r) {
            if (!inGroup(line, "8")) {
                return;
            }
            if (group.oldBalanceLine == 0 || group.newBalanceLine != 0) {
                error(line, 1, "record 8", "Nouveau solde 8 hors de sa place : un seul, après l'ancien solde 1",
                        "New balance record 8 out of place: only one, after the old balance record 1");
                return;
            }
            group.newBalanceLine = line;
            group.current = null;
            Integer number = number(line, r, 2, 4, "statement number", "numéro d'extrait");
            if (number != null && group.statementNumber != null && !number.equals(group.statementNumber)) {
                error(line, 2, "statement number", "Numéro d'extrait " + number + " : l'enregistrement 1 donne " + group.statementNumber,
                        "Statement number " + number + ": record 1 gives " + group.statementNumber);
            }
            String accountField = field(r, 5, 41);
            if (group.accountField != null && !accountField.equals(group.accountField)) {
                error(line, 5, "account", "Le compte « " + accountField.strip() + " » n'est pas celui de l'enregistrement 1 (« "
                                + group.accountField.strip() + " »)",
                        "The account '" + accountField.strip() + "' is not that of record 1 ('" + group.accountField.strip() + "')");
            }
            group.closingBalance = signedAmount(line, r, 42, 43, "new balance", "nouveau solde");
            group.closingDate = date(line, r, 58, "new balance date", "date du nouveau solde");
        }

        private void trailer(int line, String r) {
            if (!inGroup(line, "9")) {
                return;
            }
            Group g = group;
            group = null;
            if (g.newBalanceLine == 0) {
                error(line, 1, "record 8", "L'enregistrement final 9 vient avant le nouveau solde 8",
                        "The trailer record 9 comes before the new balance record 8");
                return;
            }
            Money debits = Money.zero();
            Money credits = Money.zero();
            for (Movement m : g.movements) {
                if (m.amount != null) {
                    if (m.amount.isNegative()) {
                        debits = debits.minus(m.amount);
                    } else {
                        credits = credits.plus(m.amount);
                    }
                }
            }
            Integer count = number(line, r, 17, 22, "record count", "nombre d'enregistrements");
            if (count != null && count != g.recordCount) {
                error(line, 17, "record count", "L'enregistrement final annonce " + count + " enregistrements 1, 2, 3 et 8 ; l'extrait en a " + g.recordCount,
                        "The trailer announces " + count + " records 1, 2, 3 and 8; the statement has " + g.recordCount);
            }
            Money debitTotal = amount(line, r, 23, "debit total", "total des débits");
            if (debitTotal != null && !g.broken && !debitTotal.equals(debits)) {
                error(line, 23, "debit total", "Total des débits " + debitTotal.amount().toPlainString() + " ; les mouvements font "
                                + debits.amount().toPlainString(),
                        "Debit total " + debitTotal.amount().toPlainString() + "; the movements add up to " + debits.amount().toPlainString());
            }
            Money creditTotal = amount(line, r, 38, "credit total", "total des crédits");
            if (creditTotal != null && !g.broken && !creditTotal.equals(credits)) {
                error(line, 38, "credit total", "Total des crédits " + creditTotal.amount().toPlainString() + " ; les mouvements font "
                                + credits.amount().toPlainString(),
                        "Credit total " + creditTotal.amount().toPlainString() + "; the movements add up to " + credits.amount().toPlainString());
            }
            if (g.openingBalance != null && g.closingBalance != null && !g.broken) {
                Money expected = g.openingBalance.plus(credits).minus(debits);
                if (!expected.equals(g.closingBalance)) {
                    error(g.newBalanceLine, 43, "new balance", "Le nouveau solde " + g.closingBalance.amount().toPlainString()
                                    + " n'est pas l'ancien solde plus les mouvements : " + expected.amount().toPlainString(),
                            "The new balance " + g.closingBalance.amount().toPlainString() + " is not the old balance plus the movements: "
                                    + expected.amount().toPlainString());
                }
            }
            if (errors.isEmpty()) {
                statements.add(g.statement());
            }
        }

        /** Characters {@code from} to {@code to}, 1-based and inclusive as in the Febelfin tables. */
        private static String field(String r, int from, int to) {
            return r.substring(from - 1, to);
        }

        private static boolean allDigits(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                    return false;
                }
            }
            return true;
        }

        private Integer number(int line, String r, int from, int to, String name, String nameFr) {
            String s = field(r, from, to);
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                    error(line, from + i, name, "Le " + nameFr + " « " + s + " » n'est pas fait de chiffres",
                            "The " + name + " '" + s + "' is not all digits");
                    return null;
                }
            }
            return Integer.parseInt(s);
        }

        /** A 15-digit amount with 3 decimals, exact to the cent. */
        private Money amount(int line, String r, int from, String name, String nameFr) {
            String s = field(r, from, from + 14);
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                    error(line, from + i, name, "Le " + nameFr + " « " + s + " » n'est pas fait de 15 chiffres",
                            "The " + name + " '" + s + "' is not 15 digits");
                    return null;
                }
            }
            if (s.charAt(14) != '0') {
                error(line, from + 14, name, "Le " + nameFr + " « " + s + " » a une fraction de cent",
                        "The " + name + " '" + s + "' has a fraction of a cent");
                return null;
            }
            return Money.euros(new BigDecimal(s).movePointLeft(3).setScale(2));
        }

        /** A sign (0 credit, 1 debit) followed by an amount; negative for a debit. */
        private Money signedAmount(int line, String r, int signColumn, int from, String name, String nameFr) {
            char sign = r.charAt(signColumn - 1);
            Money amount = amount(line, r, from, name, nameFr);
            if (sign != '0' && sign != '1') {
                error(line, signColumn, name + " sign", "Signe « " + sign + " » du " + nameFr + " : 0 (crédit) ou 1 (débit) attendu",
                        "Sign '" + sign + "' of the " + name + ": 0 (credit) or 1 (debit) expected");
                return null;
            }
            if (amount == null) {
                return null;
            }
            return sign == '1' ? amount.negate() : amount;
        }

        private LocalDate date(int line, String r, int from, String name, String nameFr) {
            String s = field(r, from, from + 5);
            if (allDigits(s)) {
                try {
                    return LocalDate.of(2000 + Integer.parseInt(s.substring(4, 6)), Integer.parseInt(s.substring(2, 4)),
                            Integer.parseInt(s.substring(0, 2)));
                } catch (DateTimeException e) {
                    // told below in plain words
                }
            }
            error(line, from, name, "La " + nameFr + " « " + s + " » n'est pas une date JJMMAA", "The " + name + " '" + s + "' is not a DDMMYY date");
            if (group != null) {
                group.broken = true;
            }
            return null;
        }

        private void error(int line, int column, String field, String fr, String en) {
            errors.add(StatementFileError.of(line, column, field, fr, en));
        }
    }

    /** One statement being read, from its header to its trailer. */
    private static final class Group {
        final int headerLine;
        int oldBalanceLine;
        int newBalanceLine;
        int recordCount;
        boolean broken;
        Iban account;
        String accountField;
        Integer statementNumber;
        Integer sequence;
        Money openingBalance;
        LocalDate openingDate;
        Money closingBalance;
        LocalDate closingDate;
        int lastSequence;
        Movement current;
        final List<Movement> movements = new ArrayList<>();

        Group(int headerLine) {
            this.headerLine = headerLine;
        }

        /** Called only when no error was found, so every field is there. */
        BankStatement statement() {
            Map<String, Integer> occurrences = new HashMap<>();
            List<StatementEntry> entries = new ArrayList<>(movements.size());
            for (Movement m : movements) {
                Direction direction = m.amount.isNegative() ? Direction.DEBIT : Direction.CREDIT;
                Money amount = m.amount.abs();
                String communication = m.communication.toString().strip();
                String reference = m.bankReference.isEmpty()
                        ? m.counterpartyAccount.map(Iban::electronic).orElse("") + " " + m.ogm.map(StructuredCommunication::digits).orElse(communication)
                        : m.bankReference;
                String base = m.bookingDate + "|" + direction + "|" + amount + "|" + reference;
                int occurrence = occurrences.merge(base, 1, Integer::sum);
                EntryKey key = EntryKey.of(account, m.bookingDate, direction, amount, reference, occurrence);
                entries.add(new StatementEntry(key, direction, amount, m.bookingDate, m.valueDate, m.bankReference,
                        m.transactionCode, m.counterpartyName, m.counterpartyAccount, m.bic, m.ogm, communication,
                        m.information.toString()));
            }
            return BankStatement.of(StatementId.of(account, closingDate.getYear(), statementNumber, sequence),
                    openingBalance, openingDate, closingBalance, closingDate, entries);
        }
    }

    /** One movement (record 2.1 and its continuations) being read. */
    private static final class Movement {
        final int line;
        final int sequence;
        final int detail;
        String bankReference = "";
        Money amount;
        LocalDate bookingDate;
        LocalDate valueDate;
        String transactionCode = "";
        Optional<StructuredCommunication> ogm = Optional.empty();
        final StringBuilder communication = new StringBuilder();
        final StringBuilder information = new StringBuilder();
        String bic = "";
        String counterpartyName = "";
        Optional<Iban> counterpartyAccount = Optional.empty();

        Movement(int line, int sequence, int detail) {
            this.line = line;
            this.sequence = sequence;
            this.detail = detail;
        }
    }
}
