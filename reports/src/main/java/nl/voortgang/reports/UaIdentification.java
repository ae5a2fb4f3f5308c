package nl.voortgang.reports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.xml.sax.SAXException;

/**
 * Says in the XMP metadata that the file is PDF/UA-1 ({@code pdfuaid:part=1}, ISO 14289-1 clause 5), which the
 * exporter never writes. PDF/A-2 accepts a property outside its predefined schemas only with a description of its
 * schema in the same packet (ISO 19005-2 6.6.2.3), so a {@code pdfaExtension} description of the PDF/UA
 * identification schema goes in with it.
 *
 * <p>The exporter's packet (Adobe XMP Core) is kept byte for byte: two {@code rdf:Description}s are inserted before
 * {@code </rdf:RDF>}, and the result is parsed once to be sure it is still well-formed XML.
 */
final class UaIdentification {

    private static final String PDFUA_NS = "http://www.aiim.org/pdfua/ns/id/";

    private static final String DESCRIPTIONS = """
                <rdf:Description rdf:about=""
                    xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
                    xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
                    xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
                  <pdfaExtension:schemas>
                    <rdf:Bag>
                      <rdf:li rdf:parseType="Resource">
                        <pdfaSchema:schema>PDF/UA identification schema</pdfaSchema:schema>
                        <pdfaSchema:namespaceURI>%1$s</pdfaSchema:namespaceURI>
                        <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                        <pdfaSchema:property>
                          <rdf:Seq>
                            <rdf:li rdf:parseType="Resource">
                              <pdfaProperty:name>part</pdfaProperty:name>
                              <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                              <pdfaProperty:category>internal</pdfaProperty:category>
                              <pdfaProperty:description>Part of ISO 14289 that the file conforms to</pdfaProperty:description>
                            </rdf:li>
                          </rdf:Seq>
                        </pdfaSchema:property>
                      </rdf:li>
                    </rdf:Bag>
                  </pdfaExtension:schemas>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:pdfuaid="%1$s">
                  <pdfuaid:part>1</pdfuaid:part>
                </rdf:Description>
            """.formatted(PDFUA_NS);

    private UaIdentification() {
    }

    static void declare(PDDocument document) throws IOException {
        PDMetadata metadata = document.getDocumentCatalog().getMetadata();
        if (metadata == null) {
            throw new IOException("the exporter wrote no XMP metadata");
        }
        String xmp = new String(metadata.toByteArray(), StandardCharsets.UTF_8);
        if (xmp.contains(PDFUA_NS)) {
            return;
        }
        int end = xmp.indexOf("</rdf:RDF>");
        if (end < 0 || xmp.indexOf("</rdf:RDF>", end + 1) >= 0) {
            throw new IOException("the XMP metadata has no single rdf:RDF to add the PDF/UA identification to");
        }
        String declared = xmp.substring(0, end) + DESCRIPTIONS + "  " + xmp.substring(end);
        byte[] bytes = declared.getBytes(StandardCharsets.UTF_8);
        checkWellFormed(bytes);
        try (var out = metadata.getCOSObject().createOutputStream()) {
            out.write(bytes);
        }
    }

    private static void checkWellFormed(byte[] xmp) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.newDocumentBuilder().parse(new ByteArrayInputStream(xmp));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("the XMP metadata with the PDF/UA identification is not well-formed: " + e.getMessage(), e);
        }
    }
}
