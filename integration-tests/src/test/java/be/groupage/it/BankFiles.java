package be.groupage.it;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Bank statement files as a bank delivers them, written for the tests: CODA 2 (Febelfin, records of 128
 * characters) and CAMT.053.001.02 (ISO 20022 XML), for an account, a statement number and its movements. Used by the
 * payments tests and by the load generator.
 */
public final class BankFiles {

    private static final DateTimeFormatter CODA_DATE = DateTimeFormatter.ofPattern("ddMMyy");

    private BankFiles() {
    }

    /**
     * A movement: a positive amount is a credit, a negative one a debit; {@code ogm} (12 digits) is carried as structured,
     * else {@code text} is the free communication.
     */
    public record Movement(String reference, BigDecimal amount, String ogm, String text, String payer, String payerAccount) {

        public static Movement structured(String reference, String amount, String ogm, String payer, String payerAccount) {
            return new Movement(reference, new BigDecimal(amount), digits(ogm), null, payer, payerAccount);
        }

        public static Movement free(String reference, String amount, String text, String payer, String payerAccount) {
            return new Movement(reference, new BigDecimal(amount), null, text, payer, payerAccount);
        }
    }

    /** {@code +++123/4567/89012+++} → {@code 123456789012}. */
    public static String digits(String ogm) {
        return ogm.replaceAll("\\D", "");
    }

    private static String record(Object... columnsAndTexts) {
        char[] r = " ".repeat(128).toCharArray();
        for (int i = 0; i < columnsAndTexts.length; i += 2) {
            String text = (String) columnsAndTexts[i + 1];
            text.getChars(0, text.length(), r, (Integer) columnsAndTexts[i] - 1);
        }
        return new String(r);
    }

    /** An amount in CODA's 15 digits with 3 decimals, unsigned. */
    private static String codaAmount(BigDecimal amount) {
        return String.format("%015d", amount.abs().movePointRight(3).longValueExact());
    }

    /** A CODA file of one statement, numbered {@code number}, dated {@code date}, opening at {@code opening}. */
    public static String coda(String account, int number, LocalDate date, BigDecimal opening, List<Movement> movements) {
        String day = CODA_DATE.format(date);
        String no = String.format("%03d", number);
        List<String> lines = new ArrayList<>();
        lines.add(record(1, "0", 2, "0000", 6, day, 15, "05", 128, "2"));
        lines.add(record(1, "1", 2, "2", 3, no, 6, account, 40, "EUR", 43, opening.signum() < 0 ? "1" : "0", 44, codaAmount(opening),
                59, CODA_DATE.format(date.minusDays(1)), 126, no));
        BigDecimal balance = opening;
        BigDecimal debits = BigDecimal.ZERO;
        BigDecimal credits = BigDecimal.ZERO;
        for (int i = 0; i < movements.size(); i++) {
            Movement m = movements.get(i);
            balance = balance.add(m.amount());
            if (m.amount().signum() < 0) {
                debits = debits.subtract(m.amount());
            } else {
                credits = credits.add(m.amount());
            }
            String seq = String.format("%04d", i + 1);
            boolean structured = m.ogm() != null;
            lines.add(record(1, "21", 3, seq, 7, "0000", 11, m.reference(), 32, m.amount().signum() < 0 ? "1" : "0", 33, codaAmount(m.amount()),
                    48, day, 54, "00150000", 62, structured ? "1" : "0", 63, structured ? "101" + m.ogm() : m.text(), 116, day, 122, no,
                    126, "1"));
            lines.add(record(1, "23", 3, seq, 7, "0000", 11, m.payerAccount(), 48, m.payer(), 126, "0"));
        }
        lines.add(record(1, "8", 2, no, 5, account, 39, "EUR", 42, balance.signum() < 0 ? "1" : "0", 43, codaAmount(balance), 58, day));
        lines.add(record(1, "9", 17, String.format("%06d", lines.size() - 1), 23, codaAmount(debits), 38, codaAmount(credits), 128, "2"));
        return String.join("\r\n", lines) + "\r\n";
    }

    /** A CAMT.053.001.02 file of one statement, as {@link #coda} writes it. */
    public static String camt053(String account, int number, LocalDate date, BigDecimal opening, List<Movement> movements) {
        BigDecimal closing = opening;
        StringBuilder entries = new StringBuilder();
        for (Movement m : movements) {
            closing = closing.add(m.amount());
            boolean credit = m.amount().signum() > 0;
            String party = credit ? "Dbtr" : "Cdtr";
            String remittance = m.ogm() != null
                    ? "<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry><Issr>BBA</Issr></Tp><Ref>" + m.ogm() + "</Ref></CdtrRefInf></Strd>"
                    : "<Ustrd>" + xml(m.text()) + "</Ustrd>";
            entries.append("<Ntry><Amt Ccy=\"EUR\">").append(m.amount().abs().toPlainString()).append("</Amt><CdtDbtInd>")
                    .append(credit ? "CRDT" : "DBIT").append("</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>").append(date).append("</Dt></BookgDt>")
                    .append("<ValDt><Dt>").append(date).append("</Dt></ValDt><AcctSvcrRef>").append(m.reference()).append("</AcctSvcrRef>")
                    .append("<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>").append(credit ? "RCDT" : "ICDT")
                    .append("</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd><NtryDtls><TxDtls><RltdPties><").append(party).append("><Nm>")
                    .append(xml(m.payer())).append("</Nm></").append(party).append("><").append(party).append("Acct><Id><IBAN>").append(m.payerAccount())
                    .append("</IBAN></Id></").append(party).append("Acct></RltdPties><RmtInf>").append(remittance)
                    .append("</RmtInf></TxDtls></NtryDtls></Ntry>\n");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt>"
                + "<GrpHdr><MsgId>IT-" + number + "</MsgId><CreDtTm>" + date + "T06:00:00+01:00</CreDtTm></GrpHdr>\n"
                + "<Stmt><Id>" + account + "-" + number + "</Id><ElctrncSeqNb>" + number + "</ElctrncSeqNb><LglSeqNb>" + number + "</LglSeqNb>"
                + "<CreDtTm>" + date + "T06:00:00+01:00</CreDtTm><FrToDt><FrDtTm>" + date + "T00:00:00+01:00</FrDtTm><ToDtTm>" + date
                + "T23:59:59+01:00</ToDtTm></FrToDt><Acct><Id><IBAN>" + account + "</IBAN></Id><Ccy>EUR</Ccy></Acct>\n"
                + balance("OPBD", opening, date.minusDays(1)) + balance("CLBD", closing, date) + "\n" + entries
                + "</Stmt></BkToCstmrStmt></Document>\n";
    }

    private static String balance(String code, BigDecimal amount, LocalDate date) {
        return "<Bal><Tp><CdOrPrtry><Cd>" + code + "</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">" + amount.abs().toPlainString()
                + "</Amt><CdtDbtInd>" + (amount.signum() < 0 ? "DBIT" : "CRDT") + "</CdtDbtInd><Dt><Dt>" + date + "</Dt></Dt></Bal>";
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
