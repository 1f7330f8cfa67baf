package vn.ansinh.casework.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.flowable.bpmn.model.BpmnModel;
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
        try (InputStream in = new DefaultProcessDiagramGenerator().generateDiagram(model, "png", current, List.of(),
                FONT, FONT, FONT, getClass().getClassLoader(), 1.0, true)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Current steps of a running case, or the end it reached. */
    List<String> currentSteps(String processInstanceId) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        return instance.getEndTime() == null ? runtime.getActiveActivityIds(processInstanceId) : endedAt(processInstanceId);
    }

    private List<String> endedAt(String processInstanceId) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                .activityType("endEvent").list().stream()
                .filter(a -> !"overdueFlagged".equals(a.getActivityId()))
                .map(HistoricActivityInstance::getActivityId).toList();
    }
}
