package nl.voortgang.reports;

/**
 * Text for a field with {@code markup="styled"}: the data escaped (a partner's "&amp;" or "&lt;" must not become
 * markup), and the few looks the tables use: a note (small, italic) and what is missing (bold, red, with ▲).
 */
final class Styled {

    private Styled() {
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String note(String text) {
        return "<style size=\"7.5\" isItalic=\"true\" forecolor=\"#333333\">" + escape(text) + "</style>";
    }

    static String missing(String text) {
        return "<style size=\"7.5\" isBold=\"true\" isItalic=\"true\" forecolor=\"#A3131F\">" + escape(text) + "</style>";
    }
}
