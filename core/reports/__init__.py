"""Reports for a DPO: the record of processing activities and the re-identification risk, as HTML and PDF."""
