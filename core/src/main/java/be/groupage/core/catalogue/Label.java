package be.groupage.core.catalogue;

/** How a product is grown or made: organic (certified "bio"), "reasoned" agriculture, or no label. */
public enum Label {
    ORGANIC("bio"),
    REASONED("raisonné"),
    NONE("");

    private final String french;

    Label(String french) {
        this.french = french;
    }

    /** The French word written in catalogues ({@code bio}, {@code raisonné}; empty for none). */
    public String french() {
        return french;
    }
}
