"""Readers: one module per input format. Each yields :class:`~sitrep.ingest.records.Record` or
:class:`~sitrep.errors.InputError` objects and never raises for bad input."""
