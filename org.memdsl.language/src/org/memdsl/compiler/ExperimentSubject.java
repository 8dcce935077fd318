package org.memdsl.compiler;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.memdsl.memDsl.StudyTarget;
import org.memdsl.runtime.ExperimentPlan;
import org.memdsl.runtime.catalog.Kind;
import org.memdsl.runtime.catalog.Values;
import org.memdsl.runtime.device.DeviceFamily;
import org.memdsl.runtime.result.RunResult;
import org.memdsl.runtime.simulation.ExperimentSettings;
import org.memdsl.runtime.simulation.ProgressListener;
import org.memdsl.runtime.study.CycleToCycleModel;
import org.memdsl.runtime.study.StudyDesign;

/**
 * An experiment on a device as a study's subject: its targets are parameters of the device, of a
 * stimulus it applies, or its settings; a point compiles the experiment with the point's values
 * bound in place of what the file gives.
 */
public record ExperimentSubject(Application application) implements StudySubject {

    @Override
    public EObject source() {
        return application.source();
    }

    @Override
    public String name() {
        return application.name();
    }

    @Override
    public StudyCompiler.Target target(StudyTarget target) {
        EObject block;
        Kind kind;
        if (target.isDevice()) {
            block = application.device();
            kind = BlockKinds.of(block).orElseThrow(() -> new CompileException("the device's family is unknown",
                    target));
        } else if (target.getStimulus() != null) {
            block = target.getStimulus();
            kind = BlockKinds.of(block).orElseThrow(() -> new CompileException("the stimulus' kind is unknown",
                    target));
        } else {
            block = application.source();
            kind = ExperimentSettings.INSTANCE;
        }
        return StudySubject.parameterOf(block, kind, target);
    }

    @Override
    public double nominal(StudyCompiler.Target target) {
        return StudyCompiler.valueIn(target, application.bindings());
    }

    @Override
    public long seed() {
        return (long) MemDslCompiler.settings(application).get(ExperimentSettings.SEED);
    }

    @Override
    public List<String> outputs() {
        return application.measurements().stream().map(MemDslCompiler::outputName).toList();
    }

    @Override
    public Function<ProgressListener, RunResult> compile(Map<StudyCompiler.Target, Double> values,
            Map<StudyCompiler.Target, StudyDesign.Variation> perCycle, long seed) {
        Application at = at(values);
        ExperimentPlan plan = MemDslCompiler.checkedExperiment(at).withSeed(seed);
        if (!perCycle.isEmpty()) {
            DeviceFamily family = MemDslCompiler.family(at.device());
            Values given = MemDslCompiler.values(at.device().getParameters(), family, at.device(), at.bindings());
            Map<String, StudyDesign.Variation> varied = new LinkedHashMap<>();
            perCycle.forEach((target, variation) -> varied.put(target.parameter().name(), variation));
            plan = plan.withDevice(CycleToCycleModel.of(family, given, varied,
                    ScheduleCompiler.cycleStarts(at.schedule(), at.bindings()), seed));
        }
        return plan::run;
    }

    /** The experiment with {@code values} bound in place of what the file gives. */
    Application at(Map<StudyCompiler.Target, Double> values) {
        Bindings bindings = application.bindings();
        for (var entry : values.entrySet()) {
            bindings = bindings.withNumber(entry.getKey().block(), entry.getKey().parameter().name(), entry.getValue());
        }
        return application.withBindings(bindings);
    }
}
