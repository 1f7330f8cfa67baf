package vn.ansinh.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.GraphicInfo;
import org.flowable.common.engine.impl.util.io.InputStreamSource;
import org.junit.jupiter.api.Test;

/** The case's process is drawn at its own size and its current step as the caption says: filled yellow, a thick border. */
class CaseDiagramTests {

    @Test
    void theCurrentStepIsFilledAndBorderedAndTheOthersAreNot() throws Exception {
        BpmnModel model = caseReview();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(CaseDiagram.draw(model, List.of("villageMeeting"))));
        ImageIO.write(image, "png", new java.io.File("target/case-diagram.png"));

        // at its own size: as wide as the drawing, so the page scrolls it instead of shrinking its words
        assertThat(image.getWidth()).isGreaterThanOrEqualTo((int) (model.getGraphicInfo("overdueFlagged").getX()));
        Color current = inside(image, model.getGraphicInfo("villageMeeting"));
        Color other = inside(image, model.getGraphicInfo("assessment"));
        assertThat(current.getRed()).isGreaterThan(200);
        assertThat(current.getBlue()).as("yellow, not the grey box").isLessThan(current.getRed() - 60);
        assertThat(Math.abs(other.getRed() - other.getBlue())).as("another step stays grey").isLessThan(20);
        Color border = new Color(image.getRGB((int) model.getGraphicInfo("villageMeeting").getX() + 40,
                (int) model.getGraphicInfo("villageMeeting").getY()));
        assertThat(border.getRed() + border.getGreen() + border.getBlue()).as("a dark border").isLessThan(200);
    }

    /** A point inside the box away from its name and icon. */
    private static Color inside(BufferedImage image, GraphicInfo box) {
        return new Color(image.getRGB((int) (box.getX() + box.getWidth() - 12), (int) (box.getY() + box.getHeight() - 10)));
    }

    private static BpmnModel caseReview() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("processes/case-review.bpmn20.xml"))) {
            return new BpmnXMLConverter().convertToBpmnModel(new InputStreamSource(in), false, false);
        }
    }
}
