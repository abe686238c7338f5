#!/bin/sh
# Regenerates rustdoc-doctests.json: rustdoc's own view of this tree's doctests (the oracle the
# generate tests build `Doctest` values from), with the cfgs that .config puts in rustc_cfg.
cd "$(dirname "$0")" && RUSTC_BOOTSTRAP=1 rustdoc -Zunstable-options --output-format=doctest \
    --crate-type lib --edition 2021 --crate-name kernel \
    --cfg=CONFIG_RUST '--cfg=CONFIG_RUST="y"' --cfg=CONFIG_KUNIT '--cfg=CONFIG_KUNIT="y"' \
    --cfg=CONFIG_RUST_KERNEL_DOCTESTS '--cfg=CONFIG_RUST_KERNEL_DOCTESTS="y"' \
    --cfg=CONFIG_SAMPLE_RUST_MINIMAL '--cfg=CONFIG_SAMPLE_RUST_MINIMAL="m"' \
    '--cfg=CONFIG_NR_CPUS="64"' '--cfg=CONFIG_PHYSICAL_START="0x1000000"' \
    '--cfg=CONFIG_CC_VERSION_TEXT="gcc (Debian 14.2.0-19) 14.2.0"' \
    rust/kernel/lib.rs > rustdoc-doctests.json
