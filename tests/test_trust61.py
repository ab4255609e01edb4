"""Red team trust61: what a web server publishes that the check passed over (a folder named with a dot in `scan`),
a site that starts answering every URL with one stock page part-way, and invisible marks inside a value."""
from __future__ import annotations

import json

from test_fault_site import documents, run

LIST_CSV = "Name,Service Address,SSN\nPhilomena Carraway-Boyd,1187 E Grand Ave,623-58-4419\n"


# -- D2: a folder named with a dot is published too ----------------------------------------------------------------------
def test_scan_reads_folders_named_with_a_dot_and_lists_version_control_metadata(tmp_path):
    public = tmp_path / "public"
    for folder in (".old", ".well-known", ".git"):
        (public / folder).mkdir(parents=True)
    (public / "index.html").write_text("<p>Council agenda, item 4: street sweeping schedule.</p>")
    (public / ".old" / "shutoffs.csv").write_text(LIST_CSV)
    (public / ".git" / "config").write_text("[core]\n\tbare = false\n")
    proc, _ = run(["scan", public, "--out", tmp_path / "out"], tmp_path)
    assert proc.returncode == 1, proc.stderr
    docs = documents(tmp_path / "out")
    assert docs[str(public / ".old" / "shutoffs.csv")]["findings"] >= 2
    git = docs[str(public / ".git")]
    assert git["status"] == "skipped" and "version-control" in git["reason"] and not git["not_checked"]
    assert str(public / ".git" / "config") not in docs
