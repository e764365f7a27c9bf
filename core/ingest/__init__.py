"""Reading CRM exports: readers, column-role detection and presets, parsing, staging, the quality report and the import."""
