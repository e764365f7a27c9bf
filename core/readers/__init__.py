"""Readers turn an untrusted export file into a :class:`RawTable` of strings."""
