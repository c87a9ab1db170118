package be.groupage.service.infrastructure.banking;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One element of an XML file as read, with where its start tag begins (1-based line and column; the root's, when
 * it does not share the line of the XML declaration, is taken to start its line) and its path from
 * the root ({@code Document/BkToCstmrStmt/Stmt[1]/Ntry[2]/Amt}: the repeated statement parts carry their rank),
 * so that an error names the place a person finds in the file. Only the local names count; the text is that of
 * the element itself, its children's apart.
 *
 * <p>A statement file is a few megabytes at most, so the whole tree is kept; DTDs and external entities are
 * refused, so a file cannot make the reader fetch anything.
 */
final class XmlElement {

    /** The elements whose rank is written in a path, so that "the third entry" can be found. */
    private static final Set<String> RANKED = Set.of("Stmt", "Bal", "Ntry", "NtryDtls", "TxDtls");

    final String name;
    final String namespace;
    final String path;
    final int line;
    final int column;
    private final Map<String, String> attributes;
    private final List<XmlElement> children = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final Map<String, Integer> ranks = new HashMap<>();

    private XmlElement(XmlElement parent, String name, String namespace, int line, int column, Map<String, String> attributes) {
        this.name = name;
        this.namespace = namespace == null ? "" : namespace;
        this.line = Math.max(line, 1);
        this.column = Math.max(column, 1);
        this.attributes = attributes;
        if (parent == null) {
            this.path = name;
        } else {
            int rank = parent.ranks.merge(name, 1, Integer::sum);
            this.path = parent.path + "/" + name + (RANKED.contains(name) ? "[" + rank + "]" : "");
        }
    }

    /** The outcome of parsing: the root element, or where and why the file is not well-formed XML. */
    record Parsed(XmlElement root, int line, int column, String problem) {
    }

    static Parsed parse(InputStream in) {
        Objects.requireNonNull(in, "in");
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        XMLStreamReader reader = null;
        int line = 1;
        int column = 1;
        try {
            reader = factory.createXMLStreamReader(in);
            List<XmlElement> open = new ArrayList<>();
            XmlElement root = null;
            int previous = XMLStreamConstants.START_DOCUMENT;
            while (reader.hasNext()) {
                // Where the previous event ended is where this one starts: the '<' of a start tag, since the spaces
                // between elements are an event too. After a text the JDK's parser has already read that '<'.
                Location before = reader.getLocation();
                line = before.getLineNumber();
                column = Math.max(before.getColumnNumber() - (previous == XMLStreamConstants.CHARACTERS
                        || previous == XMLStreamConstants.SPACE ? 1 : 0), 1);
                int event = reader.next();
                previous = event;
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        int endOfTag = reader.getLocation().getLineNumber();
                        if (open.isEmpty() && endOfTag > line) {
                            // The spaces of the prolog are no event: a root on a line of its own starts that line.
                            line = endOfTag;
                            column = 1;
                        }
                        Map<String, String> attributes = new HashMap<>();
                        for (int i = 0; i < reader.getAttributeCount(); i++) {
                            attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                        }
                        XmlElement parent = open.isEmpty() ? null : open.get(open.size() - 1);
                        XmlElement e = new XmlElement(parent, reader.getLocalName(), reader.getNamespaceURI(), line, column, attributes);
                        if (parent == null) {
                            root = e;
                        } else {
                            parent.children.add(e);
                        }
                        open.add(e);
                    }
                    case XMLStreamConstants.END_ELEMENT -> open.remove(open.size() - 1);
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!open.isEmpty()) {
                            open.get(open.size() - 1).text.append(reader.getText());
                        }
                    }
                    default -> {
                        // comments, processing instructions: nothing a statement says
                    }
                }
            }
            if (root == null) {
                return new Parsed(null, line, column, "no element");
            }
            return new Parsed(root, 0, 0, "");
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            if (at != null && at.getLineNumber() > 0) {
                line = at.getLineNumber();
                column = Math.max(at.getColumnNumber(), 1);
            }
            return new Parsed(null, line, column, plainMessage(e));
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException e) {
                    // nothing left to read
                }
            }
        }
    }

    /** The parser's message without its "ParseError at [row,col]:[5,7]" prefix, which the error repeats anyway. */
    private static String plainMessage(XMLStreamException e) {
        String m = String.valueOf(e.getMessage());
        int at = m.indexOf("Message: ");
        return (at >= 0 ? m.substring(at + "Message: ".length()) : m).strip();
    }

    /** The text of the element, its surrounding spaces trimmed. */
    String text() {
        return text.toString().strip();
    }

    Optional<String> attribute(String localName) {
        return Optional.ofNullable(attributes.get(localName));
    }

    /** The first child of that name. */
    Optional<XmlElement> child(String childName) {
        for (XmlElement c : children) {
            if (c.name.equals(childName)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    List<XmlElement> children(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    /** The element down a path of names ({@code "Acct", "Id", "IBAN"}), taking the first child at each step. */
    Optional<XmlElement> find(String... names) {
        Optional<XmlElement> at = Optional.of(this);
        for (String n : names) {
            at = at.flatMap(e -> e.child(n));
        }
        return at;
    }

    /** The text down a path of names, or empty when an element is missing or has no text. */
    String textAt(String... names) {
        return find(names).map(XmlElement::text).orElse("");
    }
}
