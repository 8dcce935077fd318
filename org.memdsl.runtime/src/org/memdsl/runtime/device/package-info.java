/**
 * Device models in state-space form and the families that build them: the physics of one memristor
 * or synapse, {@code dx/dt = f(t, x, drive)} and the terminal current {@code i(t, x, drive)}, and
 * nothing of how it is integrated, driven or measured.
 *
 * <p>A {@link DeviceModel} is immutable and holds no run state: the state array belongs to the
 * integrator, the model only reads it and writes {@code dx/dt} into the array it is given, and
 * {@link DeviceModel#initialState()} is a fresh array on each call. What the device sees is a
 * {@link Drive}, in SI units. A threshold (a filament completed or broken) is a {@link DeviceEvent}:
 * a switching function the integrator's event detection locates, and a jump that returns a new state
 * without modifying the old one, drawing any randomness only from the generator it is handed. A
 * model may also offer a {@link ConstantDriveSolution}, its closed form under a constant drive.
 *
 * <p>A {@link DeviceFamily} is a kind of the device-family catalogue: a name, SI parameters with
 * defaults and ranges, and a factory that rejects bad values or unreadable data files with an
 * {@link IllegalArgumentException} naming them; {@link ParameterizedFamily} is the usual base.
 * Models must not integrate, sample, keep a generator of their own or use wall-clock time.
 */
package org.memdsl.runtime.device;
