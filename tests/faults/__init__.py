"""Fault injection for the writing operations: SIGKILL and I/O errors at every OS-level write step.

``hooks`` wraps the ``os`` calls that change files; ``operations`` defines the
seven writing operations with their before-projects and state snapshots;
``worker`` is the forking process that runs one operation per child;
``harness`` drives kills and faults and tallies the outcomes; ``report`` runs
series in parallel and prints the benchmarks' tables.  The CI tests
(tests/privacy/test_kill_safety.py, test_io_faults.py) and the benchmarks
(tests/bench/bench_kill.py, bench_io_faults.py) share all of it.
"""
