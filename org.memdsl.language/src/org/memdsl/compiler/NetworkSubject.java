package org.memdsl.compiler;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.memdsl.memDsl.Network;
import org.memdsl.memDsl.StudyTarget;
import org.memdsl.runtime.catalog.Kind;
import org.memdsl.runtime.device.DeclaredDevice;
import org.memdsl.runtime.network.NetworkSpec;
import org.memdsl.runtime.result.RunResult;
import org.memdsl.runtime.simulation.ProgressListener;
import org.memdsl.runtime.study.StudyDesign;

/**
 * A network as a study's subject (paper C's spiking network over varied devices, run at many seeds
 * or sizes): its targets are its settings ({@code excitatory}, {@code train}, {@code seed}, …) and
 * the parameters of the device its synapses are made of ({@code device.g_hrs}); a point compiles
 * the network with the point's values in place of what the file gives.
 */
public final class NetworkSubject implements StudySubject {

    private final Network network;
    private final NetworkSpec base;

    NetworkSubject(Network network) {
        this.network = network;
        this.base = MemDslCompiler.network(network);
    }

    @Override
    public EObject source() {
        return network;
    }

    @Override
    public String name() {
        return network.getName();
    }

    @Override
    public StudyCompiler.Target target(StudyTarget target) {
        if (target.getStimulus() != null) {
            throw new CompileException("network '" + network.getName() + "' applies no stimulus: a study of a network "
                    + "changes its settings or its device's parameters (device.NAME)", target);
        }
        EObject block = target.isDevice() ? network.getSynapse() : network;
        if (block == null) {
            throw new CompileException("network '" + network.getName() + "' has no device (its weights are ideal)",
                    target);
        }
        Kind kind = BlockKinds.of(block).orElseThrow(() -> new CompileException(target.isDevice()
                ? "the device's family is unknown" : "the network's kind is unknown", target));
        return StudySubject.parameterOf(block, kind, target);
    }

    @Override
    public double nominal(StudyCompiler.Target target) {
        String name = target.parameter().name();
        if (target.block() == network) {
            return base.values().get(name);
        }
        Double given = base.synapse().values().get(name);
        return given != null ? given : target.parameter().defaultValue();
    }

    @Override
    public long seed() {
        return base.seed();
    }

    @Override
    public List<String> outputs() {
        return network.getMeasurements().stream().map(MemDslCompiler::outputName).toList();
    }

    @Override
    public Function<ProgressListener, RunResult> compile(Map<StudyCompiler.Target, Double> values,
            Map<StudyCompiler.Target, StudyDesign.Variation> perCycle, long seed) {
        if (!perCycle.isEmpty()) {
            throw new IllegalArgumentException("a network's devices vary device to device ('vary' in the network)");
        }
        Map<String, Double> settings = new HashMap<>(base.settings());
        DeclaredDevice synapse = base.synapse();
        Map<String, Double> device = synapse == null ? Map.of() : new HashMap<>(synapse.values());
        values.forEach((target, value) -> (target.block() == network ? settings : device)
                .put(target.parameter().name(), value));
        DeclaredDevice changed = synapse == null ? null
                : new DeclaredDevice(synapse.family(), device, synapse.files(), synapse.variation());
        NetworkSpec spec = new NetworkSpec(base.name(), base.kind(), changed, settings, base.files(), base.outputs(),
                seed);
        spec.values(); // ranges checked here, before the point is queued
        if (changed != null) {
            changed.nominal(); // the device's own checks
        }
        return progress -> spec.kind().run(spec, progress);
    }
}
