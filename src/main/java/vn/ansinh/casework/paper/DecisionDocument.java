package vn.ansinh.casework.paper;

import java.util.List;

/**
 * A decision (Quyết định) as the official layout prints it, every text already in words: the issuing body and its
 * number on the left of the national header, place and date on the right, the title and subject, the deciding
 * authority, the legal bases (căn cứ), the articles (điều), the recipients and the signature block, then the notice
 * to the household with the reference code it quotes.
 */
public record DecisionDocument(Labels labels, String issuer, String number, String placeAndDate, String title, String subject,
                               String authority, List<String> bases, String proposal, List<String> articles,
                               List<String> recipients, List<String> signatureTitle, String signerName,
                               String noticeTitle, List<String> notice, String reference) {

    /** The fixed words of the layout: national title and motto, "QUYẾT ĐỊNH:", "Nơi nhận:", "(Đã ký)". */
    public record Labels(String nation, String motto, String decides, String recipients, String signed) {
    }
}
