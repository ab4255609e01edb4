"""pubcheck's memory: an embedded SQLite history of runs, documents and findings, without raw values.

``store`` is the database, ``compare`` tells new, recurring, accepted and resolved findings apart, ``record``
writes a finished run, ``session`` ties them to one run, ``targets`` says which runs are runs of the same site.
"""
