package be.groupage.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The generated data of one run, the same for the API and for the floor: a catalogue of products in
 * kilograms (crates of 5, 10 or 25 kg, some variable-weight), litres (cases of 6 or 12) and pieces
 * (cases of 1, 6, 12 or 24), and for each member an order of {@code lines} distinct products spread
 * evenly over the catalogue (every product ordered by about {@code members × lines / products} members).
 * Deterministic: a member's order depends only on its index.
 */
final class LoadData {

    /** One product of the generated catalogue. */
    record Item(String code, String unit, int caseSize, boolean variableWeight, String price, int vatRate) {
    }

    /** One order line: a product, its quantity and, in a tolerance cycle, sometimes a maximum. */
    record Line(String product, BigDecimal quantity, BigDecimal max) {
    }

    private final String tag;
    private final List<Item> items;
    private final int lines;
    private final boolean tolerance;

    LoadData(String tag, int products, int lines, boolean tolerance) {
        this.tag = Objects.requireNonNull(tag, "tag");
        this.lines = lines;
        this.tolerance = tolerance;
        List<Item> list = new ArrayList<>(products);
        for (int i = 0; i < products; i++) {
            list.add(item(i));
        }
        this.items = List.copyOf(list);
    }

    private static Item item(int i) {
        String code = String.format(Locale.ROOT, "LP-%05d", i);
        String price = String.format(Locale.ROOT, "%d,%04d", 1 + i % 9, (i * 37) % 10_000);
        return switch (i % 10) {
            case 0, 1, 2, 3 -> new Item(code, "kg", new int[] {5, 10, 25}[i % 3], i % 10 == 0, price, 6);
            case 4, 5 -> new Item(code, "l", i % 2 == 0 ? 6 : 12, false, price, 6);
            default -> new Item(code, "pièce", new int[] {1, 6, 12, 24}[i % 4], false, price, i % 10 == 9 ? 21 : 6);
        };
    }

    List<Item> items() {
        return items;
    }

    /** The catalogue as the cooperative would upload it (docs/catalogue-csv.md). */
    String catalogueCsv() {
        StringBuilder csv = new StringBuilder(items.size() * 110 + 200);
        csv.append("code;name;producer;origin;distance_km;label;category;unit;case_size;price;vat_rate;variable_weight;chilled;gtin;min_cases\n");
        for (Item it : items) {
            String label = it.code().hashCode() % 3 == 0 ? "bio" : it.code().hashCode() % 3 == 1 ? "raisonné" : "";
            String category = switch (it.unit()) {
                case "kg" -> "Légumes";
                case "l" -> "Boissons";
                default -> it.vatRate() == 21 ? "Hygiène" : "Épicerie";
            };
            csv.append(it.code()).append(";Produit de charge ").append(it.code())
                    .append(";Ferme de charge;Namur;").append(Math.abs(it.code().hashCode()) % 80)
                    .append(';').append(label).append(';').append(category).append(';').append(it.unit())
                    .append(';').append(it.caseSize()).append(';').append(it.price()).append(';').append(it.vatRate())
                    .append(';').append(it.variableWeight() ? "oui" : "non").append(";non;;1\n");
        }
        return csv.toString();
    }

    /** The code of member {@code m} (0-based): unique to this run. */
    String memberCode(int m) {
        return String.format(Locale.ROOT, "LD%s-%05d", tag, m);
    }

    /** A valid KBO number for member {@code m}: 10 digits, the last two 97 − (first eight mod 97). */
    static String kbo(int m) {
        long first8 = (m * 7_919L + 1_234_567L) % 10_000_000L; // leading 0: "0" + 7 digits
        long check = 97 - first8 % 97;
        return String.format(Locale.ROOT, "%08d%02d", first8, check);
    }

    /** The order of member {@code m}: {@code lines} distinct products, spread over the catalogue. */
    List<Line> order(int m) {
        List<Line> order = new ArrayList<>(lines);
        int n = items.size();
        int offset = (int) (((long) m * lines) % n);
        for (int j = 0; j < lines; j++) {
            Item it = items.get((offset + j) % n);
            int k = m * 31 + j * 7;
            BigDecimal quantity = switch (it.unit()) {
                case "kg" -> BigDecimal.valueOf(50 + (k % 40) * 25L, 2); // 0.50 to 10.25 kg
                case "l" -> BigDecimal.valueOf(1 + k % 12);
                default -> BigDecimal.valueOf(1 + k % 24);
            };
            BigDecimal max = tolerance && k % 3 == 0 ? quantity.add(BigDecimal.valueOf(it.caseSize())) : null;
            order.add(new Line(it.code(), quantity, max));
        }
        return order;
    }

    /** The PUT body of member {@code m}'s order (version 0: a new order). */
    String orderJson(int m) {
        return orderJson(m, 0);
    }

    /** The PUT body of member {@code m}'s order over the order at {@code version} (0: a new order). */
    String orderJson(int m, long version) {
        StringBuilder json = new StringBuilder(64 + lines * 48);
        json.append("{\"purchaseOrderRef\":\"PO-").append(memberCode(m)).append("\",\"version\":").append(version).append(",\"lines\":[");
        List<Line> order = order(m);
        for (int j = 0; j < order.size(); j++) {
            Line l = order.get(j);
            json.append(j == 0 ? "" : ",").append("{\"product\":\"").append(l.product()).append("\",\"quantity\":")
                    .append(l.quantity().toPlainString());
            if (l.max() != null) {
                json.append(",\"max\":").append(l.max().toPlainString());
            }
            json.append('}');
        }
        return json.append("]}").toString();
    }

    /** The POST body registering member {@code m}. */
    String memberJson(int m) {
        String code = memberCode(m);
        return "{\"code\":\"" + code + "\",\"name\":\"Membre de charge " + code + "\",\"kind\":\"" + (m % 3 == 0 ? "CPAS" : "ASSOCIATION")
                + "\",\"kbo\":\"" + kbo(m) + "\",\"address\":{\"street\":\"Rue de la Charge " + (m + 1)
                + "\",\"postalCode\":\"5000\",\"city\":\"Namur\",\"country\":\"BE\"},\"deliveryPoint\":\"Point " + (m % 50)
                + ", Namur\",\"email\":\"" + code.toLowerCase(Locale.ROOT) + "@example.be\"}";
    }
}
