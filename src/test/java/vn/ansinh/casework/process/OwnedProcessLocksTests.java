package vn.ansinh.casework.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.flowable.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.ansinh.support.IntegrationTest;

/** A node started again under its name releases the process-instance locks its killed run left; other nodes' stay. */
class OwnedProcessLocksTests extends IntegrationTest {

    private static final String PROBE = """
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="http://ansinh.vn/test">
              <process id="ownedLocksProbe" isExecutable="true">
                <startEvent id="s"/><sequenceFlow id="f1" sourceRef="s" targetRef="wait"/>
                <userTask id="wait"/><sequenceFlow id="f2" sourceRef="wait" targetRef="e"/><endEvent id="e"/>
              </process>
            </definitions>""";

    @Autowired ProcessEngine engine;
    @Autowired OwnedProcessLocks locks;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theLocksOfThisNodesEarlierRunAreReleasedAndNoOtherNodes() {
        if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("ownedLocksProbe").count() == 0) {
            engine.getRepositoryService().createDeployment().name("owned-locks-probe")
                    .addString("ownedLocksProbe.bpmn20.xml", PROBE).deploy();
        }
        String mine = engine.getRuntimeService().startProcessInstanceByKey("ownedLocksProbe").getId();
        String theirs = engine.getRuntimeService().startProcessInstanceByKey("ownedLocksProbe").getId();
        Timestamp inAnHour = Timestamp.from(Instant.now().plus(1, ChronoUnit.HOURS));
        String owner = locks.owner();
        assertThat(owner).isNotBlank();
        jdbc.update("update act_ru_execution set lock_owner_ = ?, lock_time_ = ? where id_ = ?", owner, inAnHour, mine);
        jdbc.update("update act_ru_execution set lock_owner_ = ?, lock_time_ = ? where id_ = ?", "another-node", inAnHour, theirs);

        locks.release(owner);

        Map<String, Object> released = jdbc.queryForMap("select lock_owner_, lock_time_ from act_ru_execution where id_ = ?", mine);
        assertThat(released.get("lock_owner_")).isNull();
        assertThat(released.get("lock_time_")).isNull();
        assertThat(jdbc.queryForObject("select lock_owner_ from act_ru_execution where id_ = ?", String.class, theirs))
                .isEqualTo("another-node");
        engine.getRuntimeService().deleteProcessInstance(mine, "test");
        engine.getRuntimeService().deleteProcessInstance(theirs, "test");
    }
}
