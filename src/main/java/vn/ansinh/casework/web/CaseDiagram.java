package vn.ansinh.casework.web;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.GraphicInfo;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.image.impl.DefaultProcessDiagramGenerator;
import org.springframework.stereotype.Component;

/** Draws a case's process (from the DI in the BPMN file) with its current step marked. */
@Component
class CaseDiagram {

    private static final String FONT = "SansSerif";
    /** Translucent, so the step's name stays readable through it. */
    static final Color CURRENT_FILL = new Color(255, 193, 7, 110);
    static final Color CURRENT_BORDER = new Color(33, 37, 41);

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final HistoryService history;

    CaseDiagram(RepositoryService repository, RuntimeService runtime, HistoryService history) {
        this.repository = repository;
        this.runtime = runtime;
        this.history = history;
    }

    byte[] png(String processInstanceId) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        BpmnModel model = repository.getBpmnModel(instance.getProcessDefinitionId());
        List<String> current = instance.getEndTime() == null
                ? runtime.getActiveActivityIds(processInstanceId)
                : endedAt(processInstanceId);
        return draw(model, current);
    }

    /**
     * The process at its own size (the page scrolls it rather than shrinking its words), the current steps as the
     * caption says: filled yellow with a thick dark border, drawn over Flowable's plain picture.
     */
    static byte[] draw(BpmnModel model, List<String> current) {
        try (InputStream in = new DefaultProcessDiagramGenerator().generateDiagram(model, "png", List.of(), List.of(),
                FONT, FONT, FONT, CaseDiagram.class.getClassLoader(), 1.0, true)) {
            BufferedImage image = ImageIO.read(in);
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            for (String id : current) {
                GraphicInfo box = model.getGraphicInfo(id);
                if (box == null) {
                    continue;
                }
                var shape = new RoundRectangle2D.Double(box.getX(), box.getY(), box.getWidth(), box.getHeight(), 20, 20);
                g.setColor(CURRENT_FILL);
                g.fill(shape);
                g.setColor(CURRENT_BORDER);
                g.setStroke(new BasicStroke(5f));
                g.draw(shape);
            }
            g.dispose();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Current steps of a running case, or the end it reached. */
    List<String> currentSteps(String processInstanceId) {
        if (processInstanceId == null) {
            return List.of(); // a case whose process is not (or no longer) there: nothing to mark
        }
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (instance == null) {
            return List.of();
        }
        return instance.getEndTime() == null ? runtime.getActiveActivityIds(processInstanceId) : endedAt(processInstanceId);
    }

    private List<String> endedAt(String processInstanceId) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                .activityType("endEvent").list().stream()
                .filter(a -> !"overdueFlagged".equals(a.getActivityId()))
                .map(HistoricActivityInstance::getActivityId).toList();
    }
}
