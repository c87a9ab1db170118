package be.groupage.service.infrastructure.documents;

import be.groupage.core.payment.EpcQrPayload;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * The EPC QR code ("GiroCode") of an invoice, drawn as vector squares: error correction level M (as
 * EPC069-12 requires), UTF-8 (character set 1 of the payload), a white quiet zone of four modules.
 * Vector drawing keeps the code sharp at any zoom or print resolution and costs a few hundred bytes.
 */
final class EpcQrCode {

    static final int QUIET_ZONE = 4;

    private EpcQrCode() {
    }

    static BitMatrix matrix(EpcQrPayload payload) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        hints.put(EncodeHintType.MARGIN, 0);
        try {
            return new QRCodeWriter().encode(payload.text(), BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("The EPC payload does not fit a QR code: " + e.getMessage(), e);
        }
    }

    /** Draws the code with its quiet zone in a square of side {@code size} whose bottom-left corner is (x, y). */
    static void draw(PDPageContentStream content, EpcQrPayload payload, float x, float y, float size) {
        BitMatrix matrix = matrix(payload);
        int modules = matrix.getWidth();
        float module = size / (modules + 2f * QUIET_ZONE);
        try {
            content.setNonStrokingColor(1f, 1f, 1f);
            content.addRect(x, y, size, size);
            content.fill();
            content.setNonStrokingColor(0f, 0f, 0f);
            float left = x + QUIET_ZONE * module;
            float top = y + size - QUIET_ZONE * module;
            for (int row = 0; row < modules; row++) {
                int col = 0;
                while (col < modules) {
                    if (!matrix.get(col, row)) {
                        col++;
                        continue;
                    }
                    int start = col;
                    while (col < modules && matrix.get(col, row)) {
                        col++;
                    }
                    // A hair of overlap so that adjacent squares leave no white seam when rasterised.
                    content.addRect(left + start * module, top - (row + 1) * module, (col - start) * module + 0.05f, module + 0.05f);
                }
            }
            content.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
