"""Tamper-detection harness shared by the CI test and the bench: a small real project and the ways to damage it."""
