"""Use cases that take several steps or move files, between the GUI/CLI and core, exchange, documents.

One module per use case (import_tasks, build_report, sign_report, verify_file, period_counts,
compile_reports, backup…). Each is a function taking the ``Workspace``, its inputs and one
``Progress`` (see ``workflows.progress``, the one progress/cancel protocol) and returning a result
that says what changed. The GUI and the CLI call these; core, exchange and documents never import
this package (tests/test_architecture.py checks it).
"""
