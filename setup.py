"""The folders core/, gui/ and privacy/ stay at the top of the repository; installed, they live
under one namespace (prevista.core, prevista.gui, prevista.privacy), so nothing generic lands in
site-packages.  Everything else about the build is in pyproject.toml."""

from setuptools import find_packages, setup

TOP = ("core", "gui", "privacy")

setup(
    packages=sorted(f"prevista.{name}" for name in find_packages(include=[f"{top}*" for top in TOP])),
    package_dir={f"prevista.{top}": top for top in TOP},
)
